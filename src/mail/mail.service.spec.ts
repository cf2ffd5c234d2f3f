import { loadAppConfig } from '../config/load-app-config';
import { MailService } from './mail.service';

describe('MailService', () => {
  it('is a no-op reporting sent: false when no SMTP server is configured', async () => {
    const mail = new MailService(loadAppConfig({}));
    expect(mail.enabled).toBe(false);
    await expect(mail.send({ to: ['wang@example.gov.tw'], subject: '測試', text: '內容' })).resolves.toEqual({
      sent: false,
      reason: 'disabled',
    });
  });

  it('reports an unreachable server as a failure instead of throwing', async () => {
    // Port 1 on the loopback interface refuses connections on any ordinary machine.
    const mail = new MailService(loadAppConfig({ SMTP_URL: 'smtp://127.0.0.1:1' }));
    const result = await mail.send({ to: ['wang@example.gov.tw'], subject: '測試', text: '內容' });
    mail.onModuleDestroy();
    expect(result).toMatchObject({ sent: false, reason: 'failed', affectsEveryMessage: true });
  });
});
