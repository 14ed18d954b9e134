// The English catalog as a Translate, for text rendered where no browser translator was passed (tests, Node tools).
import { catalogGetMessage, translator, type Catalog } from './index';
import catalog from '../../public/_locales/en/messages.json';

export const english = translator(catalogGetMessage(catalog as Catalog));
