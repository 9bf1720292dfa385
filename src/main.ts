import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
import './ui/app.css';
import { mount } from 'svelte';
import App from './ui/App.svelte';

mount(App, { target: document.getElementById('app')! });
