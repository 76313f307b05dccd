import { renderPage } from '../../components/render-page';
import { PracticeApp } from './practice-app';

renderPage(<PracticeApp />);
