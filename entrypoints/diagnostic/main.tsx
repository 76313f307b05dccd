import { renderPage } from '../../components/render-page';
import { DiagnosticApp } from './diagnostic-app';

renderPage(<DiagnosticApp />);
