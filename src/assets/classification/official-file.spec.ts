import { entriesFromOfficialRows, xmlRecords } from './official-file';

describe('reading an official classification file', () => {
  it('keeps the item rows of a sheet, folding codes and lives', () => {
    const rows = [
      { line: 2, cells: { 編號: '3140101', 名稱: '電腦主機', 單位: '', 最低使用年限: '' } },
      { line: 3, cells: { 編號: '314010103', 名稱: '個人電腦', 單位: '部', 最低使用年限: '4' } },
      { line: 4, cells: { 編號: '３１２０３０１－２２Ａ', 名稱: '示例', 單位: '臺', 最低使用年限: '自訂' } },
      { line: 5, cells: { 編號: '1010101-01', 名稱: '土地', 單位: '筆', 最低使用年限: '' } },
    ];
    expect(entriesFromOfficialRows(rows)).toEqual([
      { code: '3140101-03', name: '個人電腦', unit: '部', minimumServiceLife: 4, checked: true },
      { code: '3120301-22A', name: '示例', unit: '臺', minimumServiceLife: '自訂', checked: true },
      { code: '1010101-01', name: '土地', unit: '筆', minimumServiceLife: null, checked: true },
    ]);
  });

  it('reads records out of XML by their element names', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><root>
      <row><財物編號>3140104-07</財物編號><財物名稱>伺服器</財物名稱><單位>部</單位><最低使用年限>5</最低使用年限></row>
      <row><財物編號>3140302-01</財物編號><財物名稱>印表機 &amp; 週邊</財物名稱><單位>部</單位><最低使用年限>5</最低使用年限></row>
    </root>`;
    expect(entriesFromOfficialRows(xmlRecords(xml))).toEqual([
      { code: '3140104-07', name: '伺服器', unit: '部', minimumServiceLife: 5, checked: true },
      { code: '3140302-01', name: '印表機 & 週邊', unit: '部', minimumServiceLife: 5, checked: true },
    ]);
  });
});
