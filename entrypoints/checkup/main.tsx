import { renderPage } from '../../components/render-page';
import { CheckupApp } from './checkup-app';

renderPage(<CheckupApp />);
