import type { ComponentType, ReactNode } from 'react';
import type { Role } from '../session/session';

/**
 * One page of a feature. A feature lists its pages in its own `routes.ts`; the app collects them.
 * The page module is loaded only when the page is first opened, so each feature is its own chunk.
 */
export interface FeatureRoute {
  /** Client path; its first segment must not be one the API answers (a reload would get JSON). */
  path: string;
  /** Who may open it (admins always may); the navigation shows it only to them. */
  roles: readonly Role[];
  /** The page component, lazily imported: `() => import('./pages/x-page')`. */
  page: () => Promise<{ default: ComponentType }>;
  /** Set to list the page in the navigation. */
  nav?: { label: string; icon: ReactNode };
}
