// Hash-based routing: the whole app is one page, and the hash names the place.
import type { Role } from './bindings';

export type Route =
  | { name: 'today' }
  | { name: 'team' }
  | { name: 'candidates' }
  | { name: 'new-person'; role: Role }
  | { name: 'person'; id: string; tab: PersonTab }
  | { name: 'edit-person'; id: string }
  | { name: 'compare'; opening: string }
  | { name: 'rubrics' }
  | { name: 'new-rubric' }
  | { name: 'rubric'; id: string; versionId: string | null }
  | { name: 'edit-rubric'; id: string }
  | { name: 'scorecard'; id: string }
  | { name: 'meeting'; id: string }
  | { name: 'search' }
  | { name: 'agenda'; id: string | null }
  | { name: 'settings' }
  | { name: 'not-found'; path: string };

export type PersonTab = 'overview' | 'review' | 'one-on-ones' | 'feedback' | 'role-plays' | 'goals' | 'kpis' | 'accounts';
const personTabs: PersonTab[] = ['review', 'one-on-ones', 'feedback', 'role-plays', 'goals', 'kpis', 'accounts'];

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/today';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'today':
      if (parts.length === 1) return { name: 'today' };
      break;
    case 'team':
      if (parts.length === 1) return { name: 'team' };
      if (parts[1] === 'new' && parts.length === 2) return { name: 'new-person', role: 'rep' };
      break;
    case 'candidates':
      if (parts.length === 1) return { name: 'candidates' };
      if (parts[1] === 'new' && parts.length === 2) return { name: 'new-person', role: 'candidate' };
      if (parts[1] === 'compare' && parts.length === 3) return { name: 'compare', opening: parts[2] };
      break;
    case 'people':
      if (parts.length === 2) return { name: 'person', id: parts[1], tab: 'overview' };
      if (parts.length === 3 && parts[2] === 'edit') return { name: 'edit-person', id: parts[1] };
      if (parts.length === 3 && personTabs.includes(parts[2] as PersonTab)) {
        return { name: 'person', id: parts[1], tab: parts[2] as PersonTab };
      }
      break;
    case 'rubrics':
      if (parts.length === 1) return { name: 'rubrics' };
      if (parts.length === 2 && parts[1] === 'new') return { name: 'new-rubric' };
      if (parts.length === 2) return { name: 'rubric', id: parts[1], versionId: null };
      if (parts.length === 3 && parts[2] === 'edit') return { name: 'edit-rubric', id: parts[1] };
      if (parts.length === 4 && parts[2] === 'versions') return { name: 'rubric', id: parts[1], versionId: parts[3] };
      break;
    case 'scorecards':
      if (parts.length === 2) return { name: 'scorecard', id: parts[1] };
      break;
    case 'meetings':
      if (parts.length === 2) return { name: 'meeting', id: parts[1] };
      break;
    case 'search':
      if (parts.length === 1) return { name: 'search' };
      break;
    case 'agendas':
      if (parts.length === 2) return { name: 'agenda', id: parts[1] === 'new' ? null : parts[1] };
      break;
    case 'settings':
      if (parts.length === 1) return { name: 'settings' };
      break;
  }
  return { name: 'not-found', path };
}

export const paths = {
  today: '/today',
  team: '/team',
  candidates: '/candidates',
  newPerson: (role: Role) => (role === 'rep' ? '/team/new' : '/candidates/new'),
  person: (id: string) => `/people/${encodeURIComponent(id)}`,
  editPerson: (id: string) => `/people/${encodeURIComponent(id)}/edit`,
  personTab: (id: string, tab: PersonTab) =>
    tab === 'overview' ? `/people/${encodeURIComponent(id)}` : `/people/${encodeURIComponent(id)}/${tab}`,
  compare: (opening: string) => `/candidates/compare/${encodeURIComponent(opening)}`,
  rubrics: '/rubrics',
  newRubric: '/rubrics/new',
  rubric: (id: string) => `/rubrics/${encodeURIComponent(id)}`,
  rubricVersion: (id: string, versionId: string) =>
    `/rubrics/${encodeURIComponent(id)}/versions/${encodeURIComponent(versionId)}`,
  editRubric: (id: string) => `/rubrics/${encodeURIComponent(id)}/edit`,
  scorecard: (id: string) => `/scorecards/${encodeURIComponent(id)}`,
  meeting: (id: string) => `/meetings/${encodeURIComponent(id)}`,
  search: '/search',
  agenda: (id: string | null) => `/agendas/${id === null ? 'new' : encodeURIComponent(id)}`,
  settings: '/settings',
};

export function href(path: string): string {
  return `#${path}`;
}

class Router {
  route = $state<Route>(parseRoute(window.location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.route = parseRoute(window.location.hash);
    });
  }
}

export const router = new Router();

export function navigate(path: string): void {
  window.location.hash = path;
}
