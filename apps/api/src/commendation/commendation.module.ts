import { Module } from '@nestjs/common';
import { CommendationIntake } from './commendation-intake';

/** Tiếp hồ sơ thi đua, khen thưởng (domain §4): its intake rules. */
@Module({
  providers: [CommendationIntake],
  exports: [CommendationIntake],
})
export class CommendationModule {}
