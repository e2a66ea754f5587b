import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_MAX_BYTES,
  importProblemOf,
  markdownToText,
  type ImportProblem,
} from '../../../shared/guidance/import-text';
import { buildArticle } from '../../../shared/guidance/pipeline';
import { useServices } from '../../app-services';
import { ModalDialog } from '../../components/modal-dialog';
import { translateKey } from '../../i18n';
import { guidanceHref } from './guidance-links';
import { htmlToText } from './html-to-text';

type Source = { readonly name: string; readonly text: string };

function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype|html|head|body|article|section|main|header|div|p|h[1-6]|ul|ol|table|blockquote)\b/i.test(text);
}

/** A "# Heading" line, or **bold** or [a link](…): Markdown, reduced to text like an imported .md file. */
function looksLikeMarkdown(text: string): boolean {
  return /^\s{0,3}#{1,6}\s|\*\*[^*]+\*\*|\[[^\]]+\]\([^)]+\)/m.test(text);
}

function pastedText(text: string): string {
  if (looksLikeHtml(text)) return htmlToText(text);
  return looksLikeMarkdown(text) ? markdownToText(text) : text;
}

/** The file as plain text, by its kind; binary files fail to decode as UTF-8 and are refused. */
async function readFile(file: File): Promise<Source | ImportProblem> {
  if (file.size > IMPORT_MAX_BYTES) return 'too-large';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return 'not-text';
  }
  const name = file.name.toLowerCase();
  if (name.endsWith('.html') || name.endsWith('.htm')) return { name: file.name, text: htmlToText(text) };
  if (name.endsWith('.md') || name.endsWith('.markdown')) return { name: file.name, text: markdownToText(text) };
  return { name: file.name, text };
}

export function ImportArticle({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { repository } = useServices();
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [busy, setBusy] = useState(false);

  function close(): void {
    setFile(null);
    setPasted('');
    setProblem(null);
    onClose();
  }

  async function importArticle(): Promise<void> {
    setBusy(true);
    try {
      const source: Source | ImportProblem =
        file !== null ? await readFile(file) : { name: t('guidance.import.pastedName'), text: pastedText(pasted) };
      const found = typeof source === 'string' ? source : importProblemOf(source.text);
      if (typeof source === 'string' || found !== null) {
        setProblem(typeof source === 'string' ? source : found);
        return;
      }
      const id = crypto.randomUUID();
      const article = buildArticle(source.text, { id, sourceName: source.name, origin: 'imported' });
      if (article.sections.every((section) => section.paragraphs.length === 0)) {
        setProblem('empty');
        return;
      }
      await repository.addArticle({
        id,
        sourceName: source.name,
        text: source.text,
        importedAt: new Date().toISOString(),
      });
      close();
      window.location.hash = guidanceHref({ articleId: id });
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalDialog open={open} title={t('guidance.import.title')} onClose={close}>
      <form
        className="entry-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void importArticle();
        }}
      >
        <p className="muted">{t('guidance.import.explain')}</p>
        <div className="field">
          <label htmlFor="import-file">{t('guidance.import.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            data-autofocus
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setProblem(null);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="import-paste">{t('guidance.import.paste')}</label>
          <textarea
            id="import-paste"
            rows={6}
            disabled={file !== null}
            value={pasted}
            aria-invalid={problem !== null}
            aria-describedby={problem === null ? undefined : 'import-problem'}
            onChange={(event) => {
              setPasted(event.target.value);
              setProblem(null);
            }}
          />
        </div>
        {problem !== null && (
          <p id="import-problem" className="field-error" role="alert">
            {translateKey(`guidance.import.problem.${problem}`)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close}>
            {t('journal.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || (file === null && pasted === '')}>
            {t('guidance.import.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
