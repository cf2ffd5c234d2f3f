import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { usePageMessage } from '../../common/feedback/page-message';
import { figuresText as text } from '../messages';
import { reportHref, type FiguresQuery } from '../period';

/** The report section's text, ready to paste, with its copy button and the PDF and Excel downloads. */
export function ReportText({ query, sentences }: { query: FiguresQuery; sentences: string[] }) {
  const message = usePageMessage();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sentences.join('\n'));
      void message.success(text.copied);
    } catch {
      void message.error(text.copyFailed);
    }
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{text.reportTextHint}</Typography.Text>
      <blockquote
        aria-label={text.reportText}
        style={{ margin: 0, padding: '12px 16px', background: '#fafafa', borderLeft: '4px solid #1677ff' }}
      >
        {sentences.map((sentence) => (
          <p key={sentence} style={{ margin: '4px 0' }}>
            {sentence}
          </p>
        ))}
      </blockquote>
      <Space wrap>
        <Button icon={<CopyOutlined />} onClick={() => void copy()}>
          {text.copy}
        </Button>
        <Button icon={<DownloadOutlined />} href={reportHref(query, 'pdf')}>
          {text.downloadPdf}
        </Button>
        <Button icon={<DownloadOutlined />} href={reportHref(query, 'xlsx')}>
          {text.downloadXlsx}
        </Button>
      </Space>
    </Space>
  );
}
