/**
 * A fake Discord for end-to-end tests: the REST API (node:http) and the gateway (ws) on 127.0.0.1,
 * enough for the real discord.js client to log in, receive events and reply. Every REST call is
 * recorded so tests can check what the bot sent. It never talks to anything but loopback.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  GatewayDispatchEvents,
  GatewayOpcodes,
  InteractionType,
  MessageType,
  Locale,
  type APIApplicationCommandInteraction,
  type ApplicationFlags,
  type GuildMemberFlags,
  type GuildSystemChannelFlags,
  type RoleFlags,
  type APIApplicationCommandInteractionDataOption,
  type APIGuild,
  type APIGuildMember,
  type APIMessage,
  type APIUser,
  type GatewayReadyDispatchData,
  type RESTGetAPIGatewayBotResult,
} from 'discord-api-types/v10';
import {
  ApplicationCommandAutocompleteCallbackRequestSchema,
  CreateMessageInteractionCallbackRequestSchema,
  IncomingWebhookInteractionRequestSchema,
  IncomingWebhookUpdateForInteractionCallbackRequestPartialSchema,
  MessageCreateRequestSchema,
  UpdateMessageInteractionCallbackRequestSchema,
} from 'discord-api-spec/zod';
import type { ZodType } from 'zod';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedRequest {
  method: string;
  /** Path without the /api/v10 prefix, URL-decoded (`@original` arrives as `%40original`). */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** performance.now() when the request arrived. */
  at: number;
  /**
   * Set when the request created nothing: its connection was dropped before Discord read it
   * (`dropped`), or it repeated an enforced nonce and got the message created before (`duplicate`).
   */
  outcome?: 'dropped' | 'duplicate';
}

interface ScriptedResponse {
  match: (req: RecordedRequest) => boolean;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  times: number;
  /**
   * Close the connection instead of answering, as a kept-alive connection closed under a request does:
   * `before` Discord read the request (nothing created), or `after` it created the message.
   */
  drop?: 'before' | 'after';
  /**
   * With `drop`: close it with a reset (TCP RST: the client reads ECONNRESET, which discord.js's own
   * resending reacts to) rather than a plain close ("other side closed").
   */
  reset?: true;
}

interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  /** Every dispatch sent in this session, for replay on RESUME. */
  events: { s: number; t: string; d: unknown }[];
  socket: WebSocket | undefined;
}

const DISCORD_EPOCH = 1420070400000n;

/** Interaction callback bodies by type: 4 a message, 7 an update of one, 8 autocomplete choices. */
const CALLBACK_SCHEMAS: Record<number, ZodType> = {
  4: CreateMessageInteractionCallbackRequestSchema,
  7: UpdateMessageInteractionCallbackRequestSchema,
  8: ApplicationCommandAutocompleteCallbackRequestSchema,
};
let increment = 0n;
/** A fresh snowflake: real-looking IDs, since discord.js reads timestamps out of them. */
export function snowflake(): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

export interface FakeDiscordOptions {
  token: string;
  guilds?: number;
  shards?: number;
  /** Milliseconds between heartbeats the gateway asks for. */
  heartbeatInterval?: number;
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly identifies: { shard: [number, number] | undefined; intents: number; at: number }[] = [];
  readonly resumes: { sessionId: string; seq: number }[] = [];
  /**
   * Message bodies refused as Discord refuses them (400, code 50035 "Invalid Form Body"): an embed title
   * over 256 characters, say. The user sees no reply at all, so e2e tests expect this to stay empty.
   */
  readonly invalidBodies: { method: string; path: string; problems: string[] }[] = [];
  /** Requests sent again before a scripted 429's Retry-After had passed (each got another 429). */
  readonly earlyRetries: RecordedRequest[] = [];
  private readonly rateLimits: { match: (r: RecordedRequest) => boolean; until: number }[] = [];
  readonly applicationId = snowflake();
  readonly botUser: APIUser;
  readonly guilds: { id: string; channelId: string }[] = [];
  private readonly sessions = new Map<string, Session>();
  private readonly scripted: ScriptedResponse[] = [];
  private readonly waiters: {
    pred: (r: RecordedRequest) => boolean;
    resolve: (r: RecordedRequest) => void;
  }[] = [];
  private readonly sockets = new Set<WebSocket>();
  private readonly posted = new Map<string, Record<string, unknown>>();
  private readonly http: Server;
  private readonly wss: WebSocketServer;
  private port = 0;
  private acceptHeartbeats = true;
  /** Interactions that got their callback. */
  private readonly acknowledged = new Set<string>();
  /** Messages created with an enforced nonce, by channel and nonce. */
  private readonly byNonce = new Map<string, APIMessage>();

  private constructor(private readonly options: Required<FakeDiscordOptions>) {
    this.botUser = {
      id: this.applicationId,
      username: 'article-qa-bot',
      discriminator: '0',
      global_name: 'Article QA',
      avatar: null,
      bot: true,
    };
    // Guild IDs one millisecond apart, so that guild i belongs to shard i % shards ((id >> 22) % shards).
    const base = (BigInt(Date.now()) - DISCORD_EPOCH) & ~0xffn;
    for (let i = 0; i < options.guilds; i++) {
      this.guilds.push({ id: ((base + BigInt(i)) << 22n).toString(), channelId: snowflake() });
    }
    this.http = createServer((req, res) => void this.handleHttp(req, res));
    this.wss = new WebSocketServer({ server: this.http, path: '/gateway' });
    this.wss.on('connection', (socket) => this.handleSocket(socket));
  }

  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const fake = new FakeDiscord({ guilds: 1, shards: 1, heartbeatInterval: 41250, ...options });
    fake.http.listen(0, '127.0.0.1');
    await once(fake.http, 'listening');
    fake.port = (fake.http.address() as AddressInfo).port;
    return fake;
  }

  /** What DISCORD_API_URL should be set to. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  // ---- REST ---------------------------------------------------------------------------------

  /** Answer the next `times` requests matching `match` with this status (429, 500...) instead. */
  script(response: Omit<ScriptedResponse, 'times'> & { times?: number }): void {
    this.scripted.push({ times: 1, ...response });
  }

  /** Resolve with the first recorded request (past or future) that matches. */
  waitForRequest(pred: (r: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    const seen = this.requests.find(pred);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for a REST request')), timeoutMs);
      this.waiters.push({
        pred,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }

  requestsTo(method: string, pattern: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && pattern.test(r.path));
  }

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = undefined;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw; // multipart or other: kept as text
      }
    }
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname.replace(/^\/api\/v10/, '')),
      query: url.searchParams,
      headers: req.headers,
      body,
      at: performance.now(),
    };
    this.requests.push(record);

    // Discord answers a request sent before a 429's Retry-After has passed with another 429.
    const limit = this.rateLimits.find((l) => l.match(record) && record.at < l.until);
    if (limit !== undefined) {
      this.earlyRetries.push(record);
      const retryAfter = (limit.until - record.at) / 1000;
      this.json(
        res,
        429,
        { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
        {
          'retry-after': String(Math.ceil(retryAfter)),
        },
      );
      return;
    }
    const scripted = this.scripted.find((s) => s.times > 0 && s.match(record));
    if (scripted?.drop !== undefined) {
      scripted.times--;
      if (scripted.drop === 'before') record.outcome = 'dropped';
      else this.route(record, undefined);
      if (scripted.reset === true) res.socket?.resetAndDestroy();
      else res.socket?.destroy();
      return;
    }
    if (scripted !== undefined) {
      scripted.times--;
      const retryAfter = Number(scripted.headers?.['retry-after']);
      if (scripted.status === 429 && retryAfter > 0) {
        this.rateLimits.push({ match: scripted.match, until: record.at + retryAfter * 1000 });
      }
      this.json(
        res,
        scripted.status,
        scripted.body ?? { message: 'scripted failure', code: 0 },
        scripted.headers,
      );
      return;
    }
    const problems = this.invalidBody(record);
    if (problems.length > 0) {
      this.invalidBodies.push({ method: record.method, path: record.path, problems });
      this.json(res, 400, { message: 'Invalid Form Body', code: 50035, errors: problems });
    } else {
      this.route(record, res);
    }
    for (const w of [...this.waiters]) {
      if (w.pred(record)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(record);
      }
    }
  }

  private json(
    res: ServerResponse | undefined,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    if (res === undefined) return;
    if (status === 204) {
      res.writeHead(204, headers).end();
      return;
    }
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body));
  }

  /** What Discord's own OpenAPI schemas (the discord-api-spec package) find wrong with a message body. */
  private invalidBody(r: RecordedRequest): string[] {
    if (typeof r.body !== 'object' || r.body === null) return []; // no body, or multipart
    let schema: ZodType | undefined;
    if (r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path))
      schema = MessageCreateRequestSchema;
    else if (r.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(r.path)) {
      schema = CALLBACK_SCHEMAS[(r.body as { type?: number }).type ?? -1];
    } else if (r.method === 'PATCH' && /^\/webhooks\/\d+\/[^/]+\/messages\//.test(r.path)) {
      schema = IncomingWebhookUpdateForInteractionCallbackRequestPartialSchema;
    } else if (r.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(r.path)) {
      schema = IncomingWebhookInteractionRequestSchema;
    }
    const result = schema?.safeParse(r.body);
    if (result === undefined || result.success) return [];
    return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }

  private authorized(r: RecordedRequest): boolean {
    return r.headers.authorization === `Bot ${this.options.token}`;
  }

  /** `res` undefined: the request is carried out and its answer lost (a connection dropped after it). */
  private route(r: RecordedRequest, res: ServerResponse | undefined): void {
    const unauthorized = () => this.json(res, 401, { message: '401: Unauthorized', code: 0 });
    if (r.method === 'GET' && r.path === '/gateway/bot') {
      if (!this.authorized(r)) return unauthorized();
      const result: RESTGetAPIGatewayBotResult = {
        url: this.gatewayUrl,
        shards: this.options.shards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 16 },
      };
      return this.json(res, 200, result);
    }
    let m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(r.path);
    if (r.method === 'PUT' && m) {
      if (!this.authorized(r)) return unauthorized();
      const list = Array.isArray(r.body) ? (r.body as Record<string, unknown>[]) : [];
      return this.json(
        res,
        200,
        list.map((c) => ({
          ...c,
          id: snowflake(),
          application_id: m?.[1],
          guild_id: m?.[2],
          version: snowflake(),
        })),
      );
    }
    m = /^\/channels\/(\d+)\/messages$/.exec(r.path);
    if (r.method === 'POST' && m) {
      if (!this.authorized(r)) return unauthorized();
      return this.json(res, 200, this.createMessage(r, m[1] ?? ''));
    }
    m = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(r.path);
    if (r.method === 'POST' && m) {
      // As Discord: one callback per interaction; a second is refused.
      if (this.acknowledged.has(m[1] ?? '')) {
        r.outcome = 'duplicate';
        return this.json(res, 400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      }
      this.acknowledged.add(m[1] ?? '');
      return this.json(res, 204, undefined);
    }
    m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/.exec(r.path);
    if (m && (r.method === 'PATCH' || r.method === 'GET')) {
      return this.json(res, 200, this.messageFrom(this.guilds[0]?.channelId ?? '', r.body));
    }
    if (r.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(r.path)) {
      return this.json(res, 200, this.messageFrom(this.guilds[0]?.channelId ?? '', r.body));
    }
    return this.json(res, 404, { message: `Unknown route ${r.method} ${r.path}`, code: 0 });
  }

  /**
   * A message create. With `enforce_nonce`, as Discord does: a nonce the channel has seen gets the
   * message created then, and nothing new (so a retried create cannot post twice).
   */
  private createMessage(r: RecordedRequest, channelId: string): APIMessage {
    const { nonce, enforce_nonce: enforce } = (r.body ?? {}) as { nonce?: unknown; enforce_nonce?: unknown };
    if (enforce !== true || (typeof nonce !== 'string' && typeof nonce !== 'number'))
      return this.messageFrom(channelId, r.body);
    const key = `${channelId}:${nonce}`;
    const earlier = this.byNonce.get(key);
    if (earlier !== undefined) {
      r.outcome = 'duplicate';
      return earlier;
    }
    const message = this.messageFrom(channelId, r.body);
    this.byNonce.set(key, message);
    return message;
  }

  private messageFrom(channelId: string, body: unknown): APIMessage {
    const b = (typeof body === 'object' && body !== null ? body : {}) as Partial<APIMessage>;
    return {
      id: snowflake(),
      channel_id: channelId,
      author: this.botUser,
      content: b.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: b.embeds ?? [],
      components: b.components ?? [],
      pinned: false,
      type: MessageType.Default,
    };
  }

  // ---- Gateway ------------------------------------------------------------------------------

  private send(socket: WebSocket, payload: unknown): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(payload));
  }

  private handleSocket(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    this.send(socket, {
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.options.heartbeatInterval },
      s: null,
      t: null,
    });
    socket.on('message', (data) => {
      const payload = JSON.parse(data.toString()) as { op: number; d: Record<string, unknown> };
      switch (payload.op) {
        case GatewayOpcodes.Heartbeat:
          if (this.acceptHeartbeats)
            this.send(socket, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
          break;
        case GatewayOpcodes.Identify:
          this.identify(socket, payload.d);
          break;
        case GatewayOpcodes.Resume:
          this.resume(socket, payload.d);
          break;
        default:
          break;
      }
    });
  }

  private identify(socket: WebSocket, d: Record<string, unknown>): void {
    const shard = (d.shard as [number, number] | undefined) ?? [0, 1];
    this.identifies.push({
      shard: d.shard as [number, number] | undefined,
      intents: Number(d.intents),
      at: performance.now(),
    });
    if (d.token !== this.options.token) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    const session: Session = { id: snowflake(), shard, seq: 0, events: [], socket };
    this.sessions.set(session.id, session);
    const guilds = this.guilds.filter((g) => this.shardOf(g.id) === shard[0]);
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: this.botUser,
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      shard,
      application: { id: this.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
    };
    this.emit(session, GatewayDispatchEvents.Ready, ready);
    for (const g of guilds) this.emit(session, GatewayDispatchEvents.GuildCreate, this.guildPayload(g));
  }

  private resume(socket: WebSocket, d: Record<string, unknown>): void {
    const session = this.sessions.get(String(d.session_id));
    this.resumes.push({ sessionId: String(d.session_id), seq: Number(d.seq) });
    if (session === undefined || d.token !== this.options.token) {
      this.send(socket, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    session.socket = socket;
    for (const e of session.events.filter((ev) => ev.s > Number(d.seq))) {
      this.send(socket, { op: GatewayOpcodes.Dispatch, ...e });
    }
    this.emit(session, GatewayDispatchEvents.Resumed, {});
  }

  private shardOf(guildId: string): number {
    return Number((BigInt(guildId) >> 22n) % BigInt(this.options.shards));
  }

  private emit(session: Session, t: string, d: unknown): void {
    session.seq++;
    const event = { s: session.seq, t, d };
    session.events.push(event);
    if (session.socket !== undefined) this.send(session.socket, { op: GatewayOpcodes.Dispatch, ...event });
  }

  /** Dispatch an event to the session of the shard that owns `guildId` (or shard 0), live or buffered. */
  dispatch(t: string, d: unknown, guildId?: string): void {
    const shard = guildId === undefined ? 0 : this.shardOf(guildId);
    const sessions = [...this.sessions.values()].filter((s) => s.shard[0] === shard);
    const session = sessions[sessions.length - 1];
    if (session === undefined) throw new Error(`no gateway session for shard ${shard}`);
    this.emit(session, t, d);
  }

  /**
   * Close every gateway connection with `code`. The sessions stay resumable, as after a network drop,
   * unless `invalidate` is set (as Discord does after 4009 session timed out): a RESUME then gets op 9.
   */
  dropConnections(code = 4000, invalidate = false): void {
    for (const session of this.sessions.values()) session.socket = undefined;
    if (invalidate) this.sessions.clear();
    for (const s of this.sockets) s.close(code, 'dropped by test');
  }

  /** Stop acknowledging heartbeats (a zombie connection) or start again. */
  setHeartbeatAcks(on: boolean): void {
    this.acceptHeartbeats = on;
  }

  get connectedSockets(): number {
    return this.sockets.size;
  }

  private guildPayload(g: { id: string; channelId: string }): APIGuild & Record<string, unknown> {
    return {
      id: g.id,
      name: `Test guild ${g.id.slice(-4)}`,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: snowflake(),
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        {
          id: g.id,
          name: '@everyone',
          color: 0,
          colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 0,
          permissions: '2248473465835073',
          managed: false,
          mentionable: false,
          flags: 0 as RoleFlags,
        },
      ],
      emojis: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0 as GuildSystemChannelFlags,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: Locale.EnglishUS,
      public_updates_channel_id: null,
      nsfw_level: 0,
      stickers: [],
      premium_progress_bar_enabled: false,
      hub_type: null,
      safety_alerts_channel_id: null,
      incidents_data: null,
      region: 'us-east',
      // GUILD_CREATE extras
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      members: [],
      voice_states: [],
      presences: [],
      threads: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      channels: [
        {
          id: g.channelId,
          type: ChannelType.GuildText,
          guild_id: g.id,
          name: 'general',
          position: 0,
          permission_overwrites: [],
          nsfw: false,
          parent_id: null,
          topic: null,
          last_message_id: null,
          rate_limit_per_user: 0,
        },
      ],
    };
  }

  // ---- Things users do ----------------------------------------------------------------------

  user(id: string, bot = false): APIUser {
    return {
      id,
      username: `user${id.slice(-4)}`,
      discriminator: '0',
      global_name: null,
      avatar: null,
      ...(bot ? { bot } : {}),
    };
  }

  private member(userId: string): APIGuildMember {
    return {
      user: this.user(userId),
      roles: [],
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0 as GuildMemberFlags,
      nick: null,
      avatar: null,
      premium_since: null,
      pending: false,
    };
  }

  /** A message posted in a guild channel (or a DM when `dm` is set). Returns its id. */
  postMessage(options: {
    content: string;
    userId: string;
    guild?: number;
    dm?: boolean;
    bot?: boolean;
    webhookId?: string;
    mentionsBot?: boolean;
  }): string {
    const id = snowflake();
    const guild = this.guilds[options.guild ?? 0];
    if (guild === undefined) throw new Error('no such guild');
    const author = this.user(options.userId, options.bot ?? false);
    const mentionsBot = options.mentionsBot ?? options.content.includes(`<@${this.botUser.id}>`);
    const d: Record<string, unknown> = {
      id,
      channel_id: options.dm ? snowflake() : guild.channelId,
      // Discord sends the channel's type with every message; discord.js needs it to build an uncached DM channel.
      channel_type: options.dm ? ChannelType.DM : ChannelType.GuildText,
      author,
      content: options.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: mentionsBot ? [this.botUser] : [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: MessageType.Default,
      ...(options.webhookId !== undefined ? { webhook_id: options.webhookId } : {}),
    };
    if (!options.dm) {
      d.guild_id = guild.id;
      // In MESSAGE_CREATE the member comes without its user (that is the author).
      const member: Partial<APIGuildMember> = this.member(options.userId);
      delete member.user;
      d.member = member;
    }
    this.posted.set(id, d);
    this.dispatch(GatewayDispatchEvents.MessageCreate, d, options.dm ? undefined : guild.id);
    return id;
  }

  /** The author edits a message they posted. */
  editMessage(id: string, content: string, mentionsBot = content.includes(`<@${this.botUser.id}>`)): void {
    const original = this.posted.get(id);
    if (original === undefined) throw new Error(`no posted message ${id}`);
    const d = {
      ...original,
      content,
      edited_timestamp: new Date().toISOString(),
      mentions: mentionsBot ? [this.botUser] : [],
    };
    this.posted.set(id, d);
    this.dispatch(GatewayDispatchEvents.MessageUpdate, d, original.guild_id as string | undefined);
  }

  private interactionBase(userId: string, guild = 0) {
    const g = this.guilds[guild];
    if (g === undefined) throw new Error('no such guild');
    return {
      id: snowflake(),
      application_id: this.applicationId,
      token: `interaction-token-${snowflake()}`,
      version: 1,
      guild_id: g.id,
      channel_id: g.channelId,
      channel: { id: g.channelId, type: ChannelType.GuildText, guild_id: g.id, name: 'general' },
      member: { ...this.member(userId), permissions: '2248473465835073' },
      app_permissions: '2248473465835073',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': g.id },
      context: 0,
      attachment_size_limit: 26214400,
    };
  }

  /** A slash command, as a user runs it. Returns the interaction id and token. */
  runCommand(
    name: string,
    options: APIApplicationCommandInteractionDataOption[],
    userId: string,
    guild = 0,
  ): { id: string; token: string } {
    const base = this.interactionBase(userId, guild);
    const interaction = {
      ...base,
      type: InteractionType.ApplicationCommand,
      data: { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options },
    } as unknown as APIApplicationCommandInteraction;
    this.dispatch(GatewayDispatchEvents.InteractionCreate, interaction, base.guild_id);
    return { id: base.id, token: base.token };
  }

  /** Autocomplete of `focused` while the user types `value`. */
  autocomplete(name: string, focused: string, value: string, userId: string): { id: string } {
    const base = this.interactionBase(userId);
    this.dispatch(
      GatewayDispatchEvents.InteractionCreate,
      {
        ...base,
        type: InteractionType.ApplicationCommandAutocomplete,
        data: {
          id: snowflake(),
          name,
          type: ApplicationCommandType.ChatInput,
          options: [{ name: focused, type: ApplicationCommandOptionType.String, value, focused: true }],
        },
      },
      base.guild_id,
    );
    return { id: base.id };
  }

  /** A click on a button of a message the bot sent (`message` is the body the bot sent). */
  clickButton(
    customId: string,
    userId: string,
    message: { embeds?: unknown[]; components?: unknown[] },
  ): { id: string } {
    const base = this.interactionBase(userId);
    this.dispatch(
      GatewayDispatchEvents.InteractionCreate,
      {
        ...base,
        type: InteractionType.MessageComponent,
        data: { custom_id: customId, component_type: ComponentType.Button },
        message: { ...this.messageFrom(base.channel_id, message), interaction_metadata: undefined },
      },
      base.guild_id,
    );
    return { id: base.id };
  }
}
