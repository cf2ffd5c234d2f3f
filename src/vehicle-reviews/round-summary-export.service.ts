import { Injectable } from '@nestjs/common';
import { Workbook } from 'exceljs';
import { CONTENT_TYPES } from '../common/export/content-types';
import { Cell, ExportFile } from '../common/export/table-export';
import { RequestLineView } from './dto/request-line.dto';
import { RoundSummaryView } from './dto/round-summary.dto';

function addSheet(workbook: Workbook, name: string, headers: string[], rows: Cell[][]): void {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = headers.map((header) => ({ header, width: Math.max(12, header.length * 3) }));
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
}

/**
 * The round's summary as a workbook for the office: the totals by kind with the report's sentence,
 * the purchases' shares by agency group, and every line in review order. Text cells are written
 * as strings, so an agency's text never becomes a live formula.
 */
@Injectable()
export class RoundSummaryExportService {
  async export(summary: RoundSummaryView, lines: RequestLineView[]): Promise<ExportFile> {
    const workbook = new Workbook();
    addSheet(
      workbook,
      '核列統計',
      ['車種', '申請件數', '申請數量', '申請金額（元）', '核列數量', '核列金額（元）'],
      [
        ...summary.byKind.map((row) => [
          row.label,
          row.lines,
          row.requestedQuantity,
          row.requestedAmount,
          row.approvedQuantity,
          row.approvedAmount,
        ]),
        ['合計', '', '', '', summary.approvedQuantity, summary.approvedAmount],
        [],
        [summary.sentence],
      ],
    );
    addSheet(
      workbook,
      '機關類別',
      ['機關類別', '核列數量', '購置核列金額（元）', '占比（%）'],
      summary.byGroup.map((row) => [row.label, row.approvedQuantity, row.approvedAmount, row.sharePercent]),
    );
    addSheet(
      workbook,
      '申請明細',
      [
        '順位',
        '優先類別',
        '機關',
        '車種',
        '用途',
        '數量',
        '單價（元）',
        '申請金額（元）',
        '汰換車牌',
        '車齡（年）',
        '里程（公里）',
        '審查結果',
        '核列數量',
        '核列金額（元）',
        '說明',
      ],
      lines.map((line) => [
        line.rank,
        line.rankLabel,
        line.agencyName,
        line.kindLabel,
        line.purpose,
        line.quantity,
        line.unitPrice,
        line.requestedAmount,
        line.replacedPlate ?? '',
        line.replacedAgeYears ?? '',
        line.replacedKm ?? '',
        line.stateLabel,
        line.approvedQuantity ?? '',
        line.approvedAmount ?? '',
        line.decisionReason ?? '',
      ]),
    );
    return {
      body: Buffer.from(await workbook.xlsx.writeBuffer()),
      contentType: CONTENT_TYPES.xlsx,
      fileName: `vehicle-review-${summary.round.budgetYear}.xlsx`,
    };
  }
}
