// Picks the adapter of a clearinghouse profile: SFTP, a local folder pair, or the built-in sandbox
// clearinghouse (one folder per profile under the configured sandbox directory).
import * as path from 'node:path';
import type { ClearinghouseProfile } from '../clearinghouse-profile';
import type { ClearinghouseTransport } from './clearinghouse-transport.port';
import { FolderTransport } from './folder.transport';
import { SandboxTransport } from './sandbox.transport';
import { SftpTransport } from './sftp.transport';

export interface TransportFactoryOptions {
  sandboxDir: string;
  env?: NodeJS.ProcessEnv;
}

export function createTransport(profile: ClearinghouseProfile, options: TransportFactoryOptions): ClearinghouseTransport {
  const settings = profile.transport;
  switch (settings.adapter) {
    case 'sftp':
      return new SftpTransport(settings, options.env ?? process.env);
    case 'folder':
      return new FolderTransport(settings);
    case 'sandbox':
      return new SandboxTransport({ root: path.join(options.sandboxDir, profile.id) });
  }
}
