import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
import './ui/app.css';
import { mount } from 'svelte';
import App from './ui/App.svelte';
import { registerServiceWorker } from './app/service-worker.ts';

mount(App, { target: document.getElementById('app')! });
registerServiceWorker();
