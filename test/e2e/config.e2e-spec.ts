import { AppModule } from '../../src/app.module';
import { createApp } from '../../src/bootstrap/create-app';

describe('configuration at boot', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('stops the application with a message naming the bad key', async () => {
    process.env.DATABASE_URL = 'postgres://127.0.0.1:1/never';
    process.env.LOG_LEVEL = 'silent';
    process.env.UPLOAD_MAX_BYTES = '-5';
    await expect(createApp(AppModule)).rejects.toThrow(
      /UPLOAD_MAX_BYTES \(uploads\.maxBytes\) must not be less than 1 \(got -5\)/,
    );
  });
});
