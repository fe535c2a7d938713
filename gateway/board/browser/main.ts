import { askHub, token } from './graphql';
import { PANELS } from './panels';
import { BoardPanel, BoardSelection } from './panels/panel';
import { csvLink, renderTable } from './table';

interface RegionList {
  regions: { code: string; name: string; kind: string }[];
}

const KIND_NAMES: Record<string, string> = {
  REGIONAL_ADOPTION_AGENCY: 'Regional adoption agencies',
  CUSTOM: 'Partnerships',
  GOVERNMENT_REGION: 'Government regions',
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The financial years the page offers (the hub holds adoption from 2018-19, children in care 2021–2025). */
const YEARS = ['2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24', '2024-25'];

/** The selection is kept in the URL's query (?region=T4C&at=2022-03-31&year=2021-22), so a view can be shared. */
function selectionFromUrl(): BoardSelection {
  const query = new URLSearchParams(location.search);
  return {
    region: query.get('region') ?? 'T4C',
    at: query.get('at') ?? '2022-03-31',
    year: query.get('year') ?? '2021-22',
  };
}

async function fillRegions(selected: string): Promise<void> {
  const select = $<HTMLSelectElement>('region');
  const { data, errors } = await askHub<RegionList>('query BoardRegions { regions { code name kind } }', {});
  if (!data) throw new Error(errors.map((e) => e.message).join('; '));
  for (const kind of Object.keys(KIND_NAMES)) {
    const group = document.createElement('optgroup');
    group.label = KIND_NAMES[kind];
    for (const region of data.regions.filter((r) => r.kind === kind))
      group.appendChild(new Option(`${region.name} (${region.code})`, region.code, false, region.code === selected));
    if (group.children.length) select.appendChild(group);
  }
}

function showViewer(): void {
  const saved = token.get();
  $('viewer').textContent = saved
    ? "Board member's token saved for this tab: figures you may see are exact."
    : 'Anonymous: counts of 1 to 4 (and cells that would give them away) are shown as suppressed.';
  $('clear-token').hidden = !saved;
}

function section(panel: BoardPanel): HTMLElement {
  let element = document.getElementById(`panel-${panel.id}`);
  if (!element) {
    element = document.createElement('section');
    element.id = `panel-${panel.id}`;
    element.className = 'panel';
    $('panels').appendChild(element);
  }
  return element;
}

async function showPanel(panel: BoardPanel, selection: BoardSelection): Promise<void> {
  const element = section(panel);
  element.setAttribute('aria-busy', 'true');
  element.replaceChildren();
  const heading = document.createElement('h2');
  heading.textContent = panel.title;
  const description = document.createElement('p');
  description.className = 'description';
  description.textContent = panel.describe(selection);
  element.append(heading, description);
  try {
    const view = await panel.load(selection);
    if (view.charts.length) {
      const charts = document.createElement('div');
      charts.className = 'charts';
      charts.append(...view.charts);
      element.appendChild(charts);
    }
    if (view.table.rows.length) {
      element.appendChild(renderTable(view.table, `${panel.title} — ${selection.region}`));
      element.appendChild(csvLink(view.table, `${panel.id}-${selection.region}-${selection.at}-${selection.year}.csv`));
    }
    for (const note of view.notes) {
      const p = document.createElement('p');
      p.className = 'note';
      p.textContent = note;
      element.appendChild(p);
    }
  } catch (error) {
    const p = document.createElement('p');
    p.className = 'note';
    p.textContent = `Could not load: ${(error as Error).message}`;
    element.appendChild(p);
  } finally {
    element.setAttribute('aria-busy', 'false');
  }
}

async function showAll(): Promise<void> {
  const selection = selectionFromUrl();
  document.body.dataset.state = 'loading';
  await Promise.all(PANELS.map((panel) => showPanel(panel, selection)));
  document.body.dataset.state = 'ready';
}

async function start(): Promise<void> {
  const selection = selectionFromUrl();
  const years = $<HTMLSelectElement>('year');
  for (const year of YEARS) years.appendChild(new Option(year, year, false, year === selection.year));
  $<HTMLInputElement>('at').value = selection.at;
  showViewer();
  await fillRegions(selection.region);
  $<HTMLFormElement>('selection').addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams({
      region: $<HTMLSelectElement>('region').value,
      at: $<HTMLInputElement>('at').value,
      year: years.value,
    });
    history.pushState(null, '', `?${query}`);
    void showAll();
  });
  $<HTMLFormElement>('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = $<HTMLInputElement>('token');
    if (input.value.trim()) token.set(input.value);
    input.value = '';
    showViewer();
    void showAll();
  });
  $('clear-token').addEventListener('click', () => {
    token.clear();
    showViewer();
    void showAll();
  });
  window.addEventListener('popstate', () => void showAll());
  await showAll();
}

start().catch((error: Error) => {
  $('panels').textContent = `The board page could not start: ${error.message}`;
  document.body.dataset.state = 'failed';
});
