/**
 * Which addresses a fetch may connect to: public unicast only, so that a URL someone pastes into the bot
 * cannot make it reach the machine it runs on (loopback), the local network (private, unique-local),
 * link-local addresses (cloud metadata services at 169.254.169.254) or any other special range.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';

/** True for a public unicast address; an IPv4-mapped IPv6 address is judged as the IPv4 address it maps. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress())
    ip = (ip as ipaddr.IPv6).toIPv4Address();
  // ipaddr.js names every special-purpose range (loopback, private, linkLocal, uniqueLocal, carrierGradeNat,
  // 6to4, teredo, reserved…); what is left is 'unicast'.
  return ip.range() === 'unicast';
}

/** A refused address: the error a lookup hands to the socket, which fails the request with it. */
export class PrivateAddressError extends Error {
  override name = 'PrivateAddressError';
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} resolves to ${address}, which is not a public address`);
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http.request that resolves the name and refuses it when any of its addresses is not
 * `allowed`. The socket connects to exactly the addresses checked here, so a name that resolves to a
 * public address once and a private one the next time (DNS rebinding) gains nothing: there is no second
 * look-up.
 */
export function checkedLookup(allowed: (address: string) => boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses.find((a) => !allowed(a.address));
      if (refused !== undefined) return callback(new PrivateAddressError(hostname, refused.address), []);
      if (options.all === true) return callback(null, addresses);
      const first = addresses[0];
      if (first === undefined)
        return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
}
