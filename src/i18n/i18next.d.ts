import 'i18next';
import type en from './locales/en';

// Typed keys: `t('header.count')` compiles only if the key is in the English strings.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
  }
}
