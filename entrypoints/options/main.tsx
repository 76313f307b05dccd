import { renderPage } from '../../components/render-page';
import { OptionsApp } from './options-app';

renderPage(<OptionsApp />);
