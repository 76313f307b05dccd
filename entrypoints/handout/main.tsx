import { renderPage } from '../../components/render-page';
import { HandoutApp } from './handout-app';

renderPage(<HandoutApp />);
