import { renderPage } from '../../components/render-page';
import './studio.css';
import { StudioApp } from './studio-app';

renderPage(<StudioApp />);
