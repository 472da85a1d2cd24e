import { PriceTierEntity } from '../catalog/price-tier.entity.js';
import { TreatmentEntity } from '../catalog/treatment.entity.js';

/** Every entity, listed explicitly so discovery needs no file globbing (same from src and dist). */
export const entities = [TreatmentEntity, PriceTierEntity];
