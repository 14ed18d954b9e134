import { render } from 'preact';
import '@/components/pages.css';
import { Options } from '@/components/Options';
import { browser } from 'wxt/browser';
import { createClient, type ToBackground } from '@/lib/protocol';

const background = createClient<ToBackground>((m) => browser.runtime.sendMessage(m));
render(<Options background={background} />, document.getElementById('app')!);
