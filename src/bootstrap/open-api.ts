import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body';

export const DOCS_PATH = 'docs';
/** Where `npm run api:doc` writes the document for the web app's generated client. */
export const OPEN_API_FILE = 'web/src/api/openapi.json';

/** The service's OpenAPI document, built from the controllers' decorators. */
export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('facilities-ops')
    .setDescription(
      'Operations service of the general-affairs office (一般行政): maintenance, dormitories, official cars, parking permits, property. ' +
        'Every error has the body `{ statusCode, code, message, details?, requestId }`. Sign in at POST /auth/login and send the token as `Authorization: Bearer …`.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config, { extraModels: [ErrorBody] });
}

/** Serves the OpenAPI document at /docs (UI) and /docs-json. */
export function setUpOpenApi(app: NestFastifyApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: `${DOCS_PATH}-json` });
}
