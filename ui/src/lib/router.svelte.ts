// Hash-based routing: the whole app is one page, and the hash names the place.
import type { Role } from './bindings';

export type Route =
  | { name: 'team' }
  | { name: 'candidates' }
  | { name: 'new-person'; role: Role }
  | { name: 'person'; id: string }
  | { name: 'edit-person'; id: string }
  | { name: 'settings' }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/team';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'team':
      if (parts.length === 1) return { name: 'team' };
      if (parts[1] === 'new' && parts.length === 2) return { name: 'new-person', role: 'rep' };
      break;
    case 'candidates':
      if (parts.length === 1) return { name: 'candidates' };
      if (parts[1] === 'new' && parts.length === 2) return { name: 'new-person', role: 'candidate' };
      break;
    case 'people':
      if (parts.length === 2) return { name: 'person', id: parts[1] };
      if (parts.length === 3 && parts[2] === 'edit') return { name: 'edit-person', id: parts[1] };
      break;
    case 'settings':
      if (parts.length === 1) return { name: 'settings' };
      break;
  }
  return { name: 'not-found', path };
}

export const paths = {
  team: '/team',
  candidates: '/candidates',
  newPerson: (role: Role) => (role === 'rep' ? '/team/new' : '/candidates/new'),
  person: (id: string) => `/people/${encodeURIComponent(id)}`,
  editPerson: (id: string) => `/people/${encodeURIComponent(id)}/edit`,
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
