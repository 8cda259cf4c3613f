import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'congdoan:isPublic';
/** Marks a route that needs no token (login, health). Everything else does. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
