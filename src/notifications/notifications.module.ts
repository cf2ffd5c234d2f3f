import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsService } from '../jobs/jobs.service';
import { UsersModule } from '../users/users.module';
import { UserNotificationMailJob } from './jobs/user-notification-mail.job';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { UserNotification } from './user-notification.entity';
// Registers what each of the module's constraints means, for the error mapper.
import './notifications-constraints.errors';

/** Per-person notifications (in the app and by e-mail) that other modules raise through NotificationsService. */
@Module({
  imports: [TypeOrmModule.forFeature([UserNotification]), UsersModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, UserNotificationMailJob],
  exports: [NotificationsService],
})
export class NotificationsModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly mailJob: UserNotificationMailJob,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this.mailJob);
  }
}
