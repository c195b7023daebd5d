import './zod-jitless';
import { mount } from 'svelte';
import App from './App.svelte';
import { createClient } from '../contract/client';
import { pickTransport } from './api/transport';
import { AppState } from './state/app-state.svelte';
import './styles/app.css';
import './styles/desk.css';

const state = new AppState(createClient(pickTransport()));
mount(App, { target: document.getElementById('app')!, props: { app: state } });
