import './lib/locale-guard';
import { mount } from 'svelte';
import './app.css';
import Root from './workspace/Root.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('the page has no #app element');

export default mount(Root, { target });
