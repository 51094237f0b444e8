import type { CDPSession } from 'playwright-core'

// The network and CPU a visitor might have. Chromium throttles a dedicated worker's requests
// under its page's Network.emulateNetworkConditions (checked: the worker's search file and
// shards arrive at the profile's rate; sent to the worker target itself the command answers
// "Not supported"). Emulation.setCPUThrottlingRate slows the page's main thread only: Chromium
// refuses it on a worker target ("Operation is only supported for pages, not workers"), so this
// archive's search worker runs at full speed under the mobile profile. Pagefind searches on
// the main thread and is slowed; the mobile figures favour this archive by that much.

export interface Profile {
  name: string
  label: string
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number }
  cpu?: number
}

const mbit = (n: number) => (n * 1024 * 1024) / 8

export const PROFILES: Profile[] = [
  { name: 'localhost', label: 'localhost' },
  { name: 'cable', label: '9 Mbit/s, 60 ms', network: { latency: 60, downloadThroughput: mbit(9), uploadThroughput: mbit(1.5) } },
  // Lighthouse's mobile default (slow 4G): 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, 4× CPU.
  { name: 'mobile', label: '1.6 Mbit/s, 150 ms, 4× CPU', network: { latency: 150, downloadThroughput: mbit(1.6), uploadThroughput: (750 * 1024) / 8 }, cpu: 4 },
]

export async function applyProfile(cdp: CDPSession, profile: Profile): Promise<void> {
  if (profile.network) {
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network })
  }
  if (profile.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu })
}
