import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@congdoan/config';
import { AppModule } from './app.module';
import { installBodyParsing } from './common/body-parsing';
import { createValidationPipe } from './common/validation.pipe';
import { serveWebUi } from './common/web-ui';
import { APP_CONFIG } from './infrastructure/tokens';

/** Builds the API (used by main.ts and by the end-to-end tests), ready to `listen`. */
export async function createApiApp(): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, bufferLogs: true });
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  installBodyParsing(app.getHttpAdapter().getInstance(), config.http.bodyLimit);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('Quy trình nội bộ Công đoàn — API')
    .setDescription('Workflow and approval engine for Vietnamese trade-union procedures. Errors: {statusCode, error, message, messageEn, details?}.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), { jsonDocumentUrl: 'api/docs-json' });
  serveWebUi(app);
  return app;
}
