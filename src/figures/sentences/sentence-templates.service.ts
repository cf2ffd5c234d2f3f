import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { NotFoundError, StaleVersionError } from '../../common/errors/domain-error';
import { FigureCount } from '../../common/figures/figures-provider';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { Figure } from '../figure';
import { PeriodWords } from '../figures-period';
import { UnknownPlaceholderError } from '../figures.errors';
import {
  COMMON_PLACEHOLDERS,
  DEFAULT_SENTENCE_TEMPLATES,
  FALLBACK_TEMPLATE,
  NONE_SUFFIX,
} from './default-sentence-templates';
import { compileTemplate, placeholdersOf, TemplateValue } from './fill-template';
import { SentenceTemplate } from './sentence-template.entity';

export interface SentenceTemplateView {
  key: string;
  text: string;
  defaultText: string;
  placeholders: string[];
  edited: boolean;
  version: number | null;
  updatedAt: Date | null;
  updatedByName: string | null;
}

const ENTITY = 'figure_sentence_template';

type EditedText = Pick<SentenceTemplate, 'key' | 'text'>;

/**
 * The report's sentence templates: the 112 wording by default, each editable by an admin (the
 * wording changes between years and the council report says `本期`), and writing each counted
 * figure as its sentence. Stored in PostgreSQL rather than config so the office edits the words
 * without a deployment, every instance reads the same words, and every edit is audited.
 */
@Injectable()
export class SentenceTemplatesService {
  constructor(
    @InjectRepository(SentenceTemplate) private readonly templates: Repository<SentenceTemplate>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async render(counts: FigureCount[], words: PeriodWords): Promise<Figure[]> {
    return (await this.renderer(words))(counts);
  }

  /** Reads the templates once and returns what turns counts into sentences: one read for a whole report. */
  async renderer(words: PeriodWords): Promise<(counts: FigureCount[]) => Figure[]> {
    const rows = (await this.templates.query(`SELECT key, text FROM figure_sentence_templates`)) as EditedText[];
    const edited = new Map(rows.map((row) => [row.key, row.text]));
    const compiled = new Map<string, ReturnType<typeof compileTemplate>>();
    const sentenceOf = (key: string) => {
      let fill = compiled.get(key);
      if (!fill) {
        fill = compileTemplate(edited.get(key) ?? DEFAULT_SENTENCE_TEMPLATES[key]?.text ?? FALLBACK_TEMPLATE);
        compiled.set(key, fill);
      }
      return fill;
    };
    const templateOf = (key: string, value: number) =>
      value === 0 && DEFAULT_SENTENCE_TEMPLATES[`${key}${NONE_SUFFIX}`] ? `${key}${NONE_SUFFIX}` : key;
    const periodWords: Record<string, TemplateValue> = { ...words };
    return (counts) =>
      counts.map(({ key, label, value, unit, template, params }) => ({
        key,
        label,
        value,
        unit,
        sentence: sentenceOf(templateOf(template ?? key, value))((name) => {
          if (name === 'count') return value;
          if (name === 'label') return label;
          if (name === 'unit') return unit;
          return params?.[name] ?? periodWords[name];
        }),
      }));
  }

  async list(): Promise<SentenceTemplateView[]> {
    const edited = new Map((await this.templates.find()).map((row) => [row.key, row]));
    return Object.keys(DEFAULT_SENTENCE_TEMPLATES).map((key) => this.view(key, edited.get(key)));
  }

  /** Sets the wording of one sentence; `version` is the one read (absent for a sentence never edited). */
  async update(actor: Actor, key: string, text: string, version?: number): Promise<SentenceTemplateView> {
    const allowed = this.allowedPlaceholders(key);
    const unknown = placeholdersOf(text).filter((name) => !allowed.includes(name));
    if (unknown.length) throw new UnknownPlaceholderError(key, unknown, allowed);
    const saved = await this.transactions.run(async (manager) => {
      const before = await manager.findOne(SentenceTemplate, { where: { key }, lock: { mode: 'pessimistic_write' } });
      if (before && version !== undefined && before.version !== version) {
        throw new StaleVersionError(ENTITY, key, version, before.version);
      }
      const row = manager.create(SentenceTemplate, {
        ...before,
        key,
        text,
        updatedByUserId: actor.userId,
        updatedByName: actor.displayName,
      });
      const after = await manager.save(SentenceTemplate, row);
      await this.audit.record(manager, actor, { entityType: ENTITY, entityId: key, action: 'update', before, after });
      return after;
    });
    return this.view(key, saved);
  }

  /** Restores the default wording. */
  async reset(actor: Actor, key: string): Promise<SentenceTemplateView> {
    this.allowedPlaceholders(key);
    await this.transactions.run(async (manager) => {
      const before = await manager.findOne(SentenceTemplate, { where: { key }, lock: { mode: 'pessimistic_write' } });
      if (!before) return;
      await manager.delete(SentenceTemplate, { key });
      await this.audit.record(manager, actor, { entityType: ENTITY, entityId: key, action: 'reset', before });
    });
    return this.view(key, undefined);
  }

  private allowedPlaceholders(key: string): string[] {
    const template = DEFAULT_SENTENCE_TEMPLATES[key];
    if (!template) throw new NotFoundError(ENTITY, key);
    return [...COMMON_PLACEHOLDERS, ...(template.params ?? [])];
  }

  private view(key: string, row: SentenceTemplate | undefined): SentenceTemplateView {
    const defaultText = DEFAULT_SENTENCE_TEMPLATES[key].text;
    return {
      key,
      text: row?.text ?? defaultText,
      defaultText,
      placeholders: this.allowedPlaceholders(key),
      edited: row !== undefined,
      version: row?.version ?? null,
      updatedAt: row?.updatedAt ?? null,
      updatedByName: row?.updatedByName ?? null,
    };
  }
}
