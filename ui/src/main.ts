import './lib/locale-guard';
import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('the page has no #app element');

export default mount(App, { target });
