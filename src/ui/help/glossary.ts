/**
 * Every figure and term the screens show, in words a 16-year-old follows: one or two sentences, and where
 * in the game it shows. Tooltips, the glossary dialog and "How to play" all read this one list, and a unit
 * test fails when a panel calls `tip()` with an id that has no entry here.
 */

export interface GlossaryEntry {
  readonly id: string;
  readonly term: string;
  readonly text: string;
  /** Where on screen the player meets it. */
  readonly where: string;
}

export const GLOSSARY = [
  {
    id: 'cash',
    term: 'Cash',
    text: 'The money a company has in the bank right now. Every bill, loan payment and deal payment comes out of it; when a payment cannot be made the company falls into distress.',
    where: 'Each company card; the quarter report lists every payment in and out.',
  },
  {
    id: 'run-rate',
    term: 'Revenue run-rate',
    text: 'The last quarter’s revenue times four: what the company would sell in a year if every quarter were like the last. Investors price AI companies on it.',
    where: 'Each company card; some levels set a run-rate as the objective.',
  },
  {
    id: 'revenue',
    term: 'Revenue',
    text: 'Money customers pay: a lab sells answers from its models (inference), a cloud giant rents out compute. Revenue is limited by demand and by the compute you have to serve it.',
    where: 'The quarter report and the sparklines on each company card.',
  },
  {
    id: 'valuation',
    term: 'Valuation',
    text: 'What investors think the whole company is worth. It is rebuilt every quarter from revenue times a multiple, plus the value of a capability lead, stakes in others and net cash, adjusted for sentiment and risk — so it can be many times revenue.',
    where: 'Each company card; open “What the valuation is built from” for its parts.',
  },
  {
    id: 'multiple',
    term: 'Valuation multiple',
    text: 'How many years of revenue investors will pay for. Fast growth and a capability lead raise it; software firms trade near 6× revenue, AI labs have been valued at 25–40×.',
    where: 'The valuation’s parts on each company card (“Revenue multiple”).',
  },
  {
    id: 'growth',
    term: 'Growth',
    text: 'How much faster revenue is than a year ago, as a percentage. Investors pay a higher multiple for a company that grows fast.',
    where: 'The valuation’s parts on each company card.',
  },
  {
    id: 'operating-value',
    term: 'Operating value',
    text: 'The revenue run-rate times the valuation multiple: what the business is worth before its lead, stakes and cash are added.',
    where: 'The valuation’s parts on each company card.',
  },
  {
    id: 'capability-lead',
    term: 'Capability lead',
    text: 'How many capability points a lab’s models are ahead of the best rival. Investors pay extra for being ahead, because the leader wins most customers.',
    where: 'The valuation’s parts on each company card.',
  },
  {
    id: 'sentiment',
    term: 'Market sentiment',
    text: 'The mood of investors, where 100% is neutral. Above 100% they pay more for every company; a bubble scare pushes it down and every valuation falls with it.',
    where: 'The valuation’s parts; market lines in the quarter report.',
  },
  {
    id: 'risk-discount',
    term: 'Risk discount',
    text: 'A cut investors take off the valuation for danger: a short runway, debt, missed payments, an inquiry or a bad event — and take-or-pay payments due next year beyond what the market lets pass (two years of revenue; one in The $1.4 trillion question), 5 points per further year of revenue committed, 25 at most, as investors weigh fixed charges. It fades once the danger passes.',
    where: 'The valuation’s parts on each company card.',
  },
  {
    id: 'net-cash',
    term: 'Net cash',
    text: 'Cash minus debt. Money in the bank adds to what the company is worth; borrowed money that must be repaid takes away from it.',
    where: 'The valuation’s parts on each company card.',
  },
  {
    id: 'stakes-value',
    term: 'Stakes in others',
    text: 'The value of shares a company owns in other companies, at their current valuation — like Microsoft’s 27% of OpenAI.',
    where: 'The valuation’s parts; “Holds” on a company card.',
  },
  {
    id: 'capability',
    term: 'Capability',
    text: 'How good a lab’s models are, in points. It grows with the training compute the lab has ever used, and a higher score wins a bigger share of the customers.',
    where: 'Each company card; objectives in some levels.',
  },
  {
    id: 'scaling-law',
    term: 'Scaling law',
    text: 'Capability grows with the logarithm of all the training compute used so far: each doubling of compute adds the same number of points, so every step costs twice as much as the last. That is why labs race for compute.',
    where: 'Behind the capability figure; the tutorial’s last prompt.',
  },
  {
    id: 'training',
    term: 'Training and inference',
    text: 'A lab splits its compute in two: training makes better models (capability later), inference serves paying customers (revenue now).',
    where: 'The “Split compute” action.',
  },
  {
    id: 'compute',
    term: 'Compute',
    text: 'The computing power a company can use in a quarter, from its chips within the power of its data centers, plus any compute it rents under a commitment.',
    where: 'Each company card, in CU a quarter.',
  },
  {
    id: 'cu',
    term: 'CU (compute unit)',
    text: 'The game’s unit of compute: one petaFLOPS (a thousand trillion operations a second) running for a whole quarter.',
    where: 'Compute figures, deals and the spot market.',
  },
  {
    id: 'capex',
    term: 'Capex',
    text: 'Capital expenditure: money spent now on things that last for years, like data centers and chips. It is paid up front and written off slowly (depreciation).',
    where: 'Cash flow in the quarter report; the action previews.',
  },
  {
    id: 'depreciation',
    term: 'Depreciation',
    text: 'The cost of a chip or a building spread over its useful life: each quarter a slice of what it cost counts as a cost, even though the cash was paid earlier.',
    where: 'The quarter report.',
  },
  {
    id: 'opex',
    term: 'Operating costs',
    text: 'What it costs to keep running every quarter: staff, electricity and upkeep. They are paid whether or not revenue comes in.',
    where: 'Cash flow in the quarter report.',
  },
  {
    id: 'data-center',
    term: 'Data center',
    text: 'A building full of chips, with power and cooling. It is built in a region, takes permits and several quarters of construction, and holds only as many chips as its power allows.',
    where: 'The map and “Build a data center”.',
  },
  {
    id: 'owners-value',
    term: 'Owners’ value',
    text: 'What the company’s starting shareholders still hold: their share of its valuation after every new share sold diluted them. Players are ranked by it, so raising at a fair price leaves it unchanged and selling shares cheaply lowers it.',
    where: 'Each company card and the final ranking.',
  },
  {
    id: 'region',
    term: 'Region',
    text: 'A place where data centers can be built, such as West Texas or Ireland. Each has a power grid that can feed only so many megawatts, a cost per MW to build, and permits that take some quarters.',
    where: 'The map and the Regions list under it; the data-center form.',
  },
  {
    id: 'power',
    term: 'Power (MW)',
    text: 'Electricity, in megawatts. Each region’s grid can connect only so many MW, and every chip draws power, so power limits how much compute a site delivers.',
    where: 'Regions on the map; data center sizes.',
  },
  {
    id: 'pue',
    term: 'PUE',
    text: 'Power usage effectiveness: how much electricity the whole site draws for each unit the chips use. A PUE of 1.3 means 30% extra for cooling and everything else.',
    where: 'Each region’s details.',
  },
  {
    id: 'chip-market',
    term: 'Chip market',
    text: 'Where chips are bought: each chip has a price, speed and power draw, and only so many are made each quarter. Orders join a queue and are delivered first come, first served.',
    where: 'The chip market panel.',
  },
  {
    id: 'lead-time',
    term: 'Lead time',
    text: 'How many quarters pass between ordering a chip and receiving it. Order early: a chip ordered today computes nothing until it arrives.',
    where: 'The chip market panel.',
  },
  {
    id: 'in-house-chip',
    term: 'In-house chip',
    text: 'A chip a cloud giant designs itself (like Amazon’s Trainium or Google’s TPU). It needs quarters of research first, then gives compute more cheaply than buying from Nvidia.',
    where: 'The chip market (“in-house”) and “Start an in-house chip”.',
  },
  {
    id: 'spot-market',
    term: 'Spot market',
    text: 'Where a cloud giant rents out spare compute quarter by quarter. The more compute is offered, the lower the price everyone gets.',
    where: 'The quarter report’s market lines.',
  },
  {
    id: 'attention',
    term: 'Management attention',
    text: 'How many major decisions a company can make in a quarter (set by the level). Ordering chips, building, raising money and proposing deals each use one; splitting compute, repaying and ending the turn are free.',
    where: 'The turn bar and the actions panel.',
  },
  {
    id: 'deal',
    term: 'Deal',
    text: 'A binding contract between two companies, with one or more terms. Once signed, each side must do what it promised every quarter until the deal ends; a missed payment is a default.',
    where: 'The deal ledger and “Negotiate a deal”.',
  },
  {
    id: 'take-or-pay',
    term: 'Take-or-pay',
    text: 'A promise to pay for something every quarter whether you use it or not. Cheap and fast when you need it; a heavy bill when demand falls.',
    where: 'The deal ledger; compute commitments.',
  },
  {
    id: 'compute-commitment',
    term: 'Compute commitment',
    text: 'A deal in which a cloud provider reserves compute for a buyer every quarter at a fixed price, take-or-pay — like OpenAI’s $38B commitment with AWS. It may start later (“Starts in”): sold forward, as Oracle sold OpenAI 4.5 GW still to be built, against the power its sites and the free grid could give it by then; what it has not built by the start it cannot deliver, and the buyer may end the deal.',
    where: 'Deal terms; the deal ledger.',
  },
  {
    id: 'chip-supply',
    term: 'Chip supply',
    text: 'A deal that reserves a number of chips each quarter for the buyer, delivered before the open queue.',
    where: 'Deal terms; the deal ledger.',
  },
  {
    id: 'prepayment',
    term: 'Prepayment',
    text: 'Money paid when a deal is signed for goods delivered later. It secures the supply, but the cash is gone before the chips arrive.',
    where: 'Chip supply terms.',
  },
  {
    id: 'vendor-financing',
    term: 'Vendor financing',
    text: 'When a seller lends or invests money in its customer so the customer can buy the seller’s goods — like a chipmaker investing in a lab that then orders its chips.',
    where: 'Deals with chipmakers; the “Circular money” level.',
  },
  {
    id: 'circular-deal',
    term: 'Circular deal',
    text: 'Money that goes round in a loop: A invests in B, B buys from A, and both report growth. It can make revenue and valuations look bigger than what end customers pay.',
    where: 'The deal ledger; the “Circular money” level.',
  },
  {
    id: 'revenue-share',
    term: 'Revenue share',
    text: 'A deal term in which one company hands over a percentage of its revenue every quarter to another.',
    where: 'Deal terms; the deal ledger.',
  },
  {
    id: 'exclusivity',
    term: 'Exclusivity',
    text: 'A promise to buy compute and chips only from one partner while the deal lasts. Partners like it; regulators watch it closely.',
    where: 'Deal terms; scrutiny.',
  },
  {
    id: 'equity',
    term: 'Equity',
    text: 'Ownership of a company, in shares. Selling new shares (raising equity) brings in cash without a loan, but the owners then own less.',
    where: '“Raise equity”; equity terms in deals.',
  },
  {
    id: 'dilution',
    term: 'Dilution',
    text: 'When new shares are sold, every existing owner’s percentage shrinks, even though their number of shares stays the same.',
    where: '“Raise equity” and equity deals; the cap table.',
  },
  {
    id: 'cap-table',
    term: 'Cap table',
    text: 'The list of who owns what percentage of a company. It always adds up to 100%.',
    where: '“Held by” on each company card.',
  },
  {
    id: 'stake',
    term: 'Stake',
    text: 'A share of ownership in another company — Microsoft holds about 27% of OpenAI. A stake counts in the holder’s valuation; a large one draws regulators’ attention.',
    where: '“Holds” and “Held by” on company cards.',
  },
  {
    id: 'debt',
    term: 'Debt',
    text: 'Borrowed money that must be repaid with interest, whatever happens. It keeps owners from being diluted but adds a bill every quarter.',
    where: '“Borrow” and “Repay a loan”; net cash.',
  },
  {
    id: 'interest',
    term: 'Interest',
    text: 'The price of borrowing: a percentage of the loan paid every quarter. It follows the central bank’s base rate plus a margin for risk.',
    where: 'The quarter report’s cash flow.',
  },
  {
    id: 'ipo',
    term: 'IPO',
    text: 'Initial public offering: listing on the stock exchange and selling shares to the public, which needs a high enough valuation, revenue and market mood. The shares are priced like the biggest equity round (below the market valuation for their amount, each round of the last year, a gloomy market or shrinking revenue), and an IPO objective counts the valuation at that price.',
    where: '“List on the stock market”; some levels’ objectives.',
  },
  {
    id: 'distress',
    term: 'Distress',
    text: 'A company that could not make a payment is in distress: it may only raise emergency equity at a discount or sell chips until it pays. If it still cannot pay, it fails and leaves the game.',
    where: 'The status badge on a company card.',
  },
  {
    id: 'arrears',
    term: 'Arrears',
    text: 'Payments that were due and not made. They are owed at once and keep the company in distress until paid.',
    where: '“Owes” on a company card.',
  },
  {
    id: 'emergency-raise',
    term: 'Emergency raise',
    text: 'Selling new shares in a hurry, at a big discount, to pay what is owed. It is allowed even in distress, but dilutes owners heavily.',
    where: 'The actions panel when a company is in distress.',
  },
  {
    id: 'scrutiny',
    term: 'Scrutiny',
    text: 'How closely regulators watch a company, from 0 to 1,000. It rises with market share, large stakes and exclusive deals, and falls slowly; past thresholds come inquiries, blocked deals, fines and forced sales.',
    where: 'Each company card.',
  },
  {
    id: 'hhi',
    term: 'HHI (market concentration)',
    text: 'The Herfindahl–Hirschman Index: add up the squares of every firm’s market share in percent (one firm with everything scores 10,000). The 2023 US Merger Guidelines call a market above 1,800 highly concentrated, and a merger that adds more than 100 there — or gives one firm over 30% — presumed anticompetitive.',
    where: 'Market lines in the quarter report; behind scrutiny.',
  },
  {
    id: 'inquiry',
    term: 'Inquiry',
    text: 'A regulator’s investigation into a company. While it is open, investors mark the company down and new deals may be reviewed.',
    where: '“Under inquiry” on a company card; events.',
  },
  {
    id: 'deal-review',
    term: 'Deal review',
    text: 'A regulator examines a deal before it may take effect and can block it, when the companies involved are under heavy scrutiny.',
    where: 'The deal ledger (“blocked”).',
  },
  {
    id: 'fine',
    term: 'Fine',
    text: 'A penalty paid to the government, a percentage of revenue, when scrutiny passes the fine threshold.',
    where: 'The quarter report.',
  },
  {
    id: 'divestiture',
    term: 'Divestiture',
    text: 'A forced sale: at the highest scrutiny a regulator can make a company sell a stake it holds.',
    where: 'The quarter report; stakes on company cards.',
  },
  {
    id: 'export-controls',
    term: 'Export controls',
    text: 'Government limits on where advanced chips may be shipped. In a controlled region only part of the chip deliveries may arrive.',
    where: 'Regions on the map; events.',
  },
  {
    id: 'gov-relations',
    term: 'Government relations',
    text: 'Hiring advisers or joining a national AI initiative: it costs money and attention, and lowers scrutiny a little every quarter.',
    where: 'The “Government relations” action.',
  },
  {
    id: 'event',
    term: 'Event',
    text: 'Something the world does to the companies at the start of a quarter — an inquiry, a bubble scare, an offer. Some ask the company hit to choose, and it cannot act until it has.',
    where: 'News under the turn bar; the event dialog; the quarter report.',
  },
] as const satisfies readonly GlossaryEntry[];

export type GlossaryId = (typeof GLOSSARY)[number]['id'];

const BY_ID: ReadonlyMap<string, GlossaryEntry> = new Map(GLOSSARY.map((e) => [e.id, e]));

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return BY_ID.get(id);
}

/** Whether an entry matches what was typed in a filter box: every word must appear in its term or text. */
export function matchesFilter(entry: GlossaryEntry, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = `${entry.term} ${entry.text}`.toLowerCase();
  return words.every((w) => haystack.includes(w));
}
