/**
 * vitest global setup: one throwaway PostgreSQL cluster for the whole run,
 * with a template database migrated once; each test file copies it
 * (CREATE DATABASE … TEMPLATE, a file copy: milliseconds) through
 * tests/helpers/postgres.ts. Everything is removed afterwards, whatever the
 * outcome, and on Ctrl-C.
 */
import type { TestProject } from 'vitest/node';
import { openStore } from '../../src/node/db/open-store';
import { createDatabase, startCluster } from './postgres-cluster';

export const TEMPLATE_DATABASE = 'factbench_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://postgres@127.0.0.1:PORT/postgres: the test cluster's own database, to create others from. */
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startCluster();
  const onSignal = () => {
    cluster.stop();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await createDatabase(cluster.url('postgres'), TEMPLATE_DATABASE);
    const { store } = await openStore({ url: cluster.url(TEMPLATE_DATABASE), migrate: true });
    await store.close();
  } catch (error) {
    cluster.stop();
    throw error;
  }
  project.provide('pgAdminUrl', cluster.url('postgres'));
  project.provide('pgTemplate', TEMPLATE_DATABASE);
  return () => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    cluster.stop();
  };
}
