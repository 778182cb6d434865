import { useRef, useState } from 'react';
import { BackupPanel, T_CADANGAN } from './backup-panel';
import { useOperatorStore, type CaraBukaSesi } from './store';
import { T } from './text';

/** An extra item of the menu: its label and what it opens. */
export interface ItemMenu {
  readonly label: string;
  readonly aksi: () => void;
}

/**
 * The Berkas menu of both consoles (kecamatan and kabupaten): open, create, the two demos, backups, and the
 * items of the level (`item`), with the open database's file at the bottom.
 */
export function MenuBerkas({ berkasDb, item = [] }: { berkasDb: string; item?: readonly ItemMenu[] }): React.JSX.Element {
  const menuRef = useRef<HTMLDetailsElement>(null);
  const [cadanganTerbuka, setCadanganTerbuka] = useState(false);
  const tutup = (): void => {
    if (menuRef.current) menuRef.current.open = false;
  };
  const buka = (cara: CaraBukaSesi): void => {
    tutup();
    void useOperatorStore.getState().bukaSesi(cara);
  };
  const semua: readonly ItemMenu[] = [
    { label: T.bukaBasisData, aksi: () => buka('basis-data') },
    { label: T.buatDariPaket, aksi: () => buka('paket') },
    { label: T.bukaDemo, aksi: () => buka('demo') },
    { label: T.bukaDemoKabupaten, aksi: () => buka('demo-kabupaten') },
    { label: T_CADANGAN.menu, aksi: () => setCadanganTerbuka(true) },
    ...item,
  ];
  return (
    <>
      <details className="menu-berkas" ref={menuRef}>
        <summary>{T.menuBerkas}</summary>
        <div className="isi-menu">
          {semua.map((i) => (
            <button
              key={i.label}
              type="button"
              onClick={() => {
                tutup();
                i.aksi();
              }}
            >
              {i.label}
            </button>
          ))}
          <p className="berkas-db" title={berkasDb}>
            {T.berkasDb}: {berkasDb}
          </p>
        </div>
      </details>
      {cadanganTerbuka && <BackupPanel onTutup={() => setCadanganTerbuka(false)} />}
    </>
  );
}
