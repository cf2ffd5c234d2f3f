import { Global, Module } from '@nestjs/common';
import { MailService } from './mail.service';

/** Outgoing e-mail over the configured SMTP server, for any module that notifies people. */
@Global()
@Module({
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}
