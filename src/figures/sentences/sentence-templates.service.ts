import { Injectable } from '@nestjs/common';
import { FigureCount } from '../../common/figures/figures-provider';
import { Figure } from '../figure';
import { PeriodWords } from '../figures-period';
import { DEFAULT_SENTENCE_TEMPLATES, FALLBACK_TEMPLATE } from './default-sentence-templates';
import { fillTemplate } from './fill-template';

/** Writes each counted figure as the report's sentence, from the template of its kind. */
@Injectable()
export class SentenceTemplatesService {
  async render(counts: FigureCount[], words: PeriodWords): Promise<Figure[]> {
    const templates = await this.current();
    return counts.map(({ key, label, value, unit, template, params }) => ({
      key,
      label,
      value,
      unit,
      sentence: fillTemplate(templates.get(template ?? key) ?? FALLBACK_TEMPLATE, {
        ...words,
        ...params,
        label,
        unit,
        count: value,
      }),
    }));
  }

  private current(): Promise<Map<string, string>> {
    return Promise.resolve(
      new Map(Object.entries(DEFAULT_SENTENCE_TEMPLATES).map(([key, template]) => [key, template.text])),
    );
  }
}
