import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../common/errors/domain-error';
import { fromProjectRoot } from '../../config/project-root';
import { ServiceLifeBelowMinimumError, ServiceLifeRequiredError, UnknownCategoryError } from '../assets.errors';
import { CLASSIFICATION_FILE, loadClassification } from './classification-loader';
import { ClassificationEntry, CUSTOM_SERVICE_LIFE, PropertyClassification } from './property-classification';

const SEARCH_LIMIT = 50;

/** What the register stores for an asset of a category: its default name and its minimum service life. */
export interface ResolvedCategory {
  entry: ClassificationEntry;
  minimumServiceLifeYears: number;
}

/**
 * The shipped property classification (財物標準分類), loaded once at start-up like the office
 * calendars; a bad file stops the service with a message naming the entry.
 */
@Injectable()
export class PropertyClassificationService {
  private readonly classification: PropertyClassification = loadClassification(fromProjectRoot(CLASSIFICATION_FILE));
  private readonly byCode = new Map(this.classification.entries.map((entry) => [entry.code, entry]));

  get edition(): { edition: string; source: string } {
    return { edition: this.classification.edition, source: this.classification.source };
  }

  find(code: string): ClassificationEntry | undefined {
    return this.byCode.get(code);
  }

  get(code: string): ClassificationEntry {
    const entry = this.find(code);
    if (!entry) throw new NotFoundError('asset_classification', code);
    return entry;
  }

  /** Entries whose code starts with, or whose name contains, the text. */
  search(text: string | undefined): ClassificationEntry[] {
    const needle = text?.trim() ?? '';
    return this.classification.entries
      .filter((entry) => !needle || entry.code.startsWith(needle) || entry.name.includes(needle))
      .slice(0, SEARCH_LIMIT);
  }

  /**
   * The category and the service life an asset of it gets: the official minimum unless the
   * officer gives a longer one; one the classification leaves to the agency (自訂) must be given.
   */
  resolve(categoryCode: string, givenLife: number | undefined): ResolvedCategory {
    const entry = this.find(categoryCode);
    if (!entry) throw new UnknownCategoryError(categoryCode);
    const official = entry.minimumServiceLife;
    if (official === CUSTOM_SERVICE_LIFE) {
      if (givenLife === undefined) throw new ServiceLifeRequiredError(categoryCode);
      return { entry, minimumServiceLifeYears: givenLife };
    }
    const minimum = official ?? 0;
    if (givenLife !== undefined && givenLife < minimum) {
      throw new ServiceLifeBelowMinimumError(categoryCode, minimum, givenLife);
    }
    return { entry, minimumServiceLifeYears: givenLife ?? minimum };
  }
}
