import { Body, Controller, Get, Param, ParseUUIDPipe, Post, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { toAttachmentView, UploadAttachmentDto } from '../../maintenance/attachments/dto/attachment.dto';
import { DORMITORY_READERS } from '../dormitory-scope';
import { DormitoryPhotosService } from './dormitory-photos.service';
import { DormitoryPhotoView } from './dto/dormitory-photo.dto';

const UPLOAD_REFUSALS =
  '檔案以 base64 放在 JSON 中上傳。檔案過大、類型不允許、內容與類型不符或空檔回 400（`maintenance_attachment.*`），不會儲存。';

/** Photos sent as JSON base64, like ticket attachments, so the bootstrap needs no multipart parser. */
@ApiTags('dormitories')
@Controller()
export class DormitoryPhotosController {
  constructor(private readonly photos: DormitoryPhotosService) {}

  @Post('dormitory-patrols/:id/findings/:findingId/photos')
  @ApiOperation({ summary: '宿舍：上傳巡查發現事項的照片', description: UPLOAD_REFUSALS })
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: DormitoryPhotoView })
  @ApiBadRequestResponse({ type: ErrorBody, description: '檔案過大、類型不允許或內容與類型不符，未儲存' })
  @ApiNotFoundResponse({ type: ErrorBody })
  async addToFinding(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('findingId', ParseUUIDPipe) findingId: string,
    @Body() input: UploadAttachmentDto,
  ): Promise<DormitoryPhotoView> {
    return toAttachmentView(await this.photos.addToFinding(actor, id, findingId, input));
  }

  @Post('residence-check-campaigns/:id/checks/:checkId/photos')
  @ApiOperation({ summary: '宿舍：上傳居住事實查考的照片', description: UPLOAD_REFUSALS })
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: DormitoryPhotoView })
  @ApiBadRequestResponse({ type: ErrorBody, description: '檔案過大、類型不允許或內容與類型不符，未儲存' })
  @ApiNotFoundResponse({ type: ErrorBody })
  async addToCheck(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('checkId', ParseUUIDPipe) checkId: string,
    @Body() input: UploadAttachmentDto,
  ): Promise<DormitoryPhotoView> {
    return toAttachmentView(await this.photos.addToCheck(actor, id, checkId, input));
  }

  @Get('dormitory-photos/:photoId')
  @ApiOperation({ summary: '宿舍：下載巡查或查考照片', description: '回傳上傳時的原始檔案。' })
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ description: '上傳時的原始檔案' })
  @ApiNotFoundResponse({ type: ErrorBody })
  download(@CurrentActor() actor: Actor, @Param('photoId', ParseUUIDPipe) photoId: string): Promise<StreamableFile> {
    return this.photos.download(actor, photoId);
  }
}
