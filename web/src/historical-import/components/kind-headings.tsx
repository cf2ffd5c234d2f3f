import { Typography } from 'antd';
import type { ImportKind } from '../hooks/use-historical-import';
import { importText as text } from '../messages';

interface Headings {
  required: string[];
  optional: string[];
  note?: string;
}

/** The headings the chosen kind's file needs in its first row, and how to fill them. */
export function KindHeadings({ kind }: { kind: ImportKind }) {
  const headings: Headings = text.headings[kind];
  return (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
      {text.requiredHeadings}：{headings.required.join('、')}
      <br />
      {text.optionalHeadings}：{headings.optional.join('、')}
      {headings.note && (
        <>
          <br />
          {headings.note}
        </>
      )}
    </Typography.Paragraph>
  );
}
