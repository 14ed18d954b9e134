// Every behaviour of the content script a reader sees, one a file, started in this order (each feature listens
// before the reading that feeds it begins, so the page is read last) and stopped in the reverse order.
import type { Feature } from '../feature';
import { hoverCards } from './hover-cards';
import { livePage } from './live-page';
import { marks } from './marks';
import { nameList } from './name-list';
import { pageNotices } from './page-notices';
import { siteSwitch } from './site-switch';
import { toolbarBadge } from './toolbar-badge';

export const FEATURES: readonly Feature[] = [siteSwitch, marks, hoverCards, nameList, pageNotices, toolbarBadge, livePage];
