import { Module } from '@nestjs/common';
import { DocumentRegisterService } from './document-register.service';
import { IssuanceIntake } from './issuance-intake';
import { SigningAuthority } from './signing-authority';

/**
 * Ban hành văn bản (domain §8): its intake rules (signer, drafter, the document corrected), who may sign and how
 * (TM., KT., TUQ.), and the register of outgoing documents. The register's route lives on the documents controller.
 */
@Module({
  providers: [
    IssuanceIntake,
    SigningAuthority,
    DocumentRegisterService,
  ],
  exports: [IssuanceIntake, SigningAuthority, DocumentRegisterService],
})
export class IssuanceModule {}
