import { renderPage } from '../../components/render-page';
import { WelcomeApp } from './welcome-app';

renderPage(<WelcomeApp />);
