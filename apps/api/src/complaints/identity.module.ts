import { Global, Module } from '@nestjs/common';
import { IdentityShield } from './identity-shield.service';
import { IdentityVault } from './identity-vault.service';

/** The denouncer-identity protection, used wherever a response may touch a denunciation (cases, files, documents). */
@Global()
@Module({
  providers: [IdentityVault, IdentityShield],
  exports: [IdentityVault, IdentityShield],
})
export class IdentityModule {}
