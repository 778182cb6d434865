import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ProjectorApp } from './projector-app';
import '../styles/fonts.css';
import './projector.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ProjectorApp />
    </StrictMode>,
  );
}
