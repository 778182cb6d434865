import type { Temuan } from '../../shared/validation/finding';

/** Every finding of validation, errors first, with the rule and the numbers in words. */
export function FindingList({ temuan }: { temuan: readonly Temuan[] }): React.JSX.Element {
  const galat = temuan.filter((t) => t.keparahan === 'galat').length;
  return (
    <section className="temuan" aria-label="Temuan pemeriksaan">
      <h2>
        Temuan: {galat} galat, {temuan.length - galat} peringatan
      </h2>
      <ul>
        {temuan.map((t, i) => (
          <li key={`${t.kode}-${t.aturan}-${i}`} className={t.keparahan}>
            <strong>{t.kode}</strong> [{t.aturan}] {t.pesan}
          </li>
        ))}
      </ul>
    </section>
  );
}
