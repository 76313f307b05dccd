import { renderPage } from '../../components/render-page';
import { PopupApp } from './popup-app';

renderPage(<PopupApp />);
