import { INestApplication } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorBody } from '../common/errors/error-body';
import { projectRoot } from '../config/project-root';
import { applyOpenApiConventions } from './open-api-conventions';
import { operationIdOf, routesOf } from './open-api-routes';

export const DOCS_PATH = 'docs';
/** Where `npm run api:doc` writes the document for the web app's generated client. */
export const OPEN_API_FILE = 'web/src/api/openapi.json';

const INTRODUCTION = `市府一般行政（事務管理）業務的作業服務：廳舍報修與維修、法定定期維護、宿舍、公務車派遣、公務臨時停車證、財產管理，以及施政績效數據。

## 登入
- 系統對系統：\`POST /auth/login\` 以 \`{ "username", "password" }\` 取得 \`accessToken\`，之後每個請求帶標頭 \`Authorization: Bearer <accessToken>\`。
- 瀏覽器：\`POST /auth/session\` 設定 httpOnly cookie \`fo_session\`；以 cookie 送出的非 GET 請求必須帶標頭 \`X-Requested-With: facilities-ops\`。
- 除了標示「公開」的操作（登入、健康檢查、停車證查驗），每個操作都需要登入，且各自列出可呼叫的角色；系統管理者一律可呼叫。屬於機關的資料只看得到自己機關的，除非角色可看全部機關。

## 錯誤
所有錯誤都是同一種格式 \`ErrorBody\`：\`{ statusCode, code, message, details?, requestId }\`。\`code\` 是穩定的代碼（例如 \`fleet.double_booked\`），程式請依 \`code\` 判斷；\`message\` 為英文說明；欄位錯誤列在 \`details.fields\`。回報問題時請附上 \`requestId\`。重複或時段重疊回 409，違反業務規則回 422，未預期的錯誤回 500 且只帶 \`requestId\`。

## 日期與分頁
時間一律為 ISO 8601，時區 Asia/Taipei；日期為 \`YYYY-MM-DD\`；報表以民國年（\`rocYear\`，民國 = 西元 − 1911）查詢。清單以游標分頁：回應的 \`nextCursor\` 帶入下一次請求的 \`cursor\`，最後一頁為 \`null\`。修改資料時請帶回讀到的 \`version\`，資料已被他人修改時回 409 \`<資料>.stale_version\`。`;

function packageJson(): { version: string; license: string } {
  return JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string; license: string };
}

/** The OpenAPI document of the running application, with the conventions every route follows applied. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const { version, license } = packageJson();
  const config = new DocumentBuilder()
    .setTitle('facilities-ops 一般行政作業服務 API')
    .setDescription(INTRODUCTION)
    .setVersion(version)
    .addServer('/', '本服務（與此文件同一位址）')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: '`POST /auth/login` 取得的存取權杖',
    })
    .addCookieAuth(
      'fo_session',
      {
        type: 'apiKey',
        in: 'cookie',
        description:
          '`POST /auth/session` 設定的瀏覽器工作階段；非 GET 請求須帶標頭 `X-Requested-With: facilities-ops`',
      },
      'session',
    )
    .build();
  // The builder always writes a url (and an email) even when empty, which is not a valid URL.
  config.info.contact = { name: '一般行政（事務管理）系統維運窗口' };
  config.info.license = { name: license };
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ErrorBody],
    operationIdFactory: operationIdOf,
  });
  applyOpenApiConventions(document, routesOf(app));
  return document;
}

/** Serves the OpenAPI document at /docs (UI) and /docs-json. */
export function setUpOpenApi(app: NestFastifyApplication): void {
  SwaggerModule.setup(DOCS_PATH, app, () => createOpenApiDocument(app), {
    jsonDocumentUrl: `${DOCS_PATH}-json`,
    customSiteTitle: 'facilities-ops API 使用說明',
    swaggerOptions: { docExpansion: 'none', persistAuthorization: true, displayRequestDuration: true },
  });
}
