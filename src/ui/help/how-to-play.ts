/**
 * "How to play": the goal, how a quarter runs (from the README's "How a quarter works"), the two roles,
 * deals, money, regulation and the keys, with the glossary at the end. Headings and a contents list let
 * a screen-reader or keyboard user jump straight to a part.
 */
import { html } from 'lit-html';
import type { View } from '../view';
import { glossaryList } from './glossary-list';

const PARTS = [
  ['help-goal', 'The goal'],
  ['help-quarter', 'A quarter'],
  ['help-roles', 'The two roles'],
  ['help-deals', 'Deals'],
  ['help-money', 'Running out of money'],
  ['help-regulation', 'Regulation'],
  ['help-keys', 'Keys'],
  ['help-glossary', 'Glossary'],
] as const;

export const helpScreen: View = (
  app,
) => html`<section class="screen help-screen" aria-labelledby="help-heading">
  <header class="screen__head">
    <button type="button" @click=${() => app.closeHelp()}>← Back</button>
    <h1 id="help-heading">How to play</h1>
  </header>
  <nav class="help-contents" aria-label="Contents">
    <ul>${PARTS.map(([id, name]) => html`<li><a href=${`#${id}`}>${name}</a></li>`)}</ul>
  </nav>

  <section aria-labelledby="help-goal">
    <h2 id="help-goal">The goal</h2>
    <p>
      You run an AI lab or a cloud giant between 2025 and 2032, in the race to build the computers that train
      and serve AI models. Each level says what wins — a revenue run-rate, a valuation, an IPO, staying clear of
      the regulators — and how players are ranked at the end. The dilemma is the real one: spend ahead of
      revenue to win the race, and hope investors keep believing.
    </p>
  </section>

  <section aria-labelledby="help-quarter">
    <h2 id="help-quarter">A quarter</h2>
    <p>Time runs in quarters (three months). Each quarter has three parts:</p>
    <ol class="help-steps">
      <li>
        <strong>Events.</strong> The level’s deck may fire an event: an inquiry, export controls, a bubble
        scare, an offer. Its news shows under the turn bar. Some events ask the company they hit to choose, and
        that company cannot act until it has.
      </li>
      <li>
        <strong>Each company’s turn, in order.</strong> A turn has a few <em>major actions</em> — the
        level’s “management attention”: order chips, start an in-house chip, build a data center, raise equity,
        borrow, list on the stock market, propose a deal, or work on government relations. Splitting compute
        between training and inference, repaying a loan, answering a proposal (at any time, even outside your
        turn) and ending the turn are free. Every major action shows what it would do before you confirm it.
      </li>
      <li>
        <strong>Resolution, in a fixed order</strong>, when the last company ends its turn: the market moves;
        construction progresses; chips are delivered (reserved supply first, then the queue, first come first
        served); capacity is counted (chips within each site’s power); committed compute is delivered; labs
        sell to customers and clouds rent capacity on the spot market; costs, deal payments and interest are
        paid; depreciation runs; capability and valuation are recomputed; scrutiny and market concentration are
        updated; objectives are checked. Then the quarter report says, for every company, what changed and why.
      </li>
    </ol>
  </section>

  <section aria-labelledby="help-roles">
    <h2 id="help-roles">The two roles</h2>
    <dl class="help-roles">
      <div>
        <dt>AI lab (like OpenAI or Anthropic)</dt>
        <dd>
          Needs compute: training makes its models better (capability), inference serves paying customers
          (revenue). It burns cash, lives on its valuation, and can list on the stock market.
        </dd>
      </div>
      <div>
        <dt>Cloud giant (like Amazon, Microsoft, Google or Oracle)</dt>
        <dd>
          Builds data centers, buys or designs chips, rents out capacity under contracts and on the spot market,
          and invests in labs.
        </dd>
      </div>
    </dl>
  </section>

  <section aria-labelledby="help-deals">
    <h2 id="help-deals">Deals</h2>
    <p>
      Deals are binding contracts between two companies, proposed, countered, accepted or refused. A deal can
      combine terms: cash for a stake (equity), a take-or-pay compute commitment, chip supply with prepayment,
      a revenue share, exclusivity, a one-off payment. Once signed, each side owes its part every quarter until
      the deal ends; the deal ledger lists what each owes next. A computer player answers at once, with its
      reason. A missed payment is a default.
    </p>
  </section>

  <section aria-labelledby="help-money">
    <h2 id="help-money">Running out of money</h2>
    <p>
      Running out of money is a process, not a negative balance: a payment that cannot be made becomes an
      arrear and the company is <em>in distress</em>. In its next turn it may only raise emergency equity (at a
      discount) or sell chips (at half their book value). If it still cannot pay when the turn ends, it fails and
      leaves the game.
    </p>
  </section>

  <section aria-labelledby="help-regulation">
    <h2 id="help-regulation">Regulation</h2>
    <p>
      Regulators watch each company’s <em>scrutiny</em> (0 to 1,000). It rises with market concentration (the
      HHI of the compute and model markets), large stakes and exclusive deals, and falls with good government
      relations. Past each threshold comes more: an inquiry, reviews that can block deals, fines, and at the top
      a forced sale of a stake. Export controls can limit the chips a region receives.
    </p>
  </section>

  <section aria-labelledby="help-keys">
    <h2 id="help-keys">Keys</h2>
    <dl class="help-keys">
      <div><dt><kbd>Tab</kbd> / <kbd>Shift</kbd> + <kbd>Tab</kbd></dt><dd>Move to the next or previous control.</dd></div>
      <div><dt><kbd>Enter</kbd> or <kbd>Space</kbd></dt><dd>Press the focused button; open a term’s explanation.</dd></div>
      <div><dt><kbd>Escape</kbd></dt><dd>Close an explanation or a dialog (an event’s choice must be answered).</dd></div>
      <div><dt>Typing</dt><dd>Fill in an action’s numbers; the preview updates as you type.</dd></div>
    </dl>
    <p>
      Every underlined term with a <span class="tip__mark" aria-hidden="true">?</span> opens its explanation.
      The tutorial level walks through a first game step by step.
    </p>
  </section>

  <section aria-labelledby="help-glossary">
    <h2 id="help-glossary">Glossary</h2>
    ${glossaryList('help-glossary')}
  </section>

  <p><button type="button" @click=${() => app.closeHelp()}>← Back</button></p>
</section>`;
