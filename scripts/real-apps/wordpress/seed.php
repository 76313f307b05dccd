<?php
// Installs one WordPress site of apps.json and seeds it:  php seed.php <apps.json> <fr|en>
// Each step looks first and only adds what is missing, so a second run changes nothing.
[, $appsFile, $lang] = $argv;
$site = json_decode(file_get_contents($appsFile), true)['wordpress'][$lang];
$host = $site['host'];
// Debian's wp-config.php picks /etc/wordpress/config-<host>.php from the request's host name.
$_SERVER['HTTP_HOST'] = $host;
$_SERVER['SERVER_NAME'] = $host;
$_SERVER['HTTPS'] = 'on';
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

// No mail from the setup ("your new site" to the admin): Postfix may not be up yet.
add_filter('pre_wp_mail', '__return_false');

$locale = $site['locale'];
$url = "https://$host";
if (!is_blog_installed()) {
    // As wp-admin/install.php does: the default content is written in the site's language.
    if ($locale !== 'en_US') {
        load_default_textdomain($locale);
        $GLOBALS['wp_locale'] = new WP_Locale();
    }
    $admin = $site['admin'];
    wp_install($site['title'], $admin['login'], $admin['email'], false, '', wp_slash($admin['password']), $locale);
    echo "installed\n";
}
update_option('siteurl', $url);
update_option('home', $url);
update_option('blogname', $site['title']);
update_option('timezone_string', $lang === 'fr' ? 'Europe/Paris' : 'Europe/London');
if ($locale !== 'en_US') update_option('WPLANG', $locale);

$editor = $site['editor'];
if (!username_exists($editor['login'])) {
    wp_insert_user([
        'user_login' => $editor['login'],
        'user_pass' => $editor['password'],
        'user_email' => $editor['email'],
        'display_name' => ucfirst($editor['login']),
        'role' => 'editor',
    ]);
}
$adminId = username_exists($site['admin']['login']);

function seed_post(string $type, string $title, string $content, int $author, string $slug = ''): void {
    $found = get_posts(['post_type' => $type, 'title' => $title, 'post_status' => 'any', 'numberposts' => 1]);
    if ($found) return;
    wp_insert_post([
        'post_type' => $type,
        'post_title' => $title,
        'post_name' => $slug,
        'post_content' => "<!-- wp:paragraph -->\n<p>" . esc_html($content) . "</p>\n<!-- /wp:paragraph -->",
        'post_status' => 'publish',
        'post_author' => $author,
    ]);
}
foreach ($site['posts'] as $post) seed_post('post', $post['title'], $post['content'], $adminId);
foreach ($site['pages'] as $page) seed_post('page', $page['title'], $page['content'], $adminId, $page['slug']);

// One picture in the media library, drawn here (no file to ship, no download).
$media = $site['media'];
if (!get_posts(['post_type' => 'attachment', 'title' => $media['title'], 'post_status' => 'inherit', 'numberposts' => 1])) {
    $image = imagecreatetruecolor(640, 400);
    imagefill($image, 0, 0, imagecolorallocate($image, 46, 125, 50));
    imagestring($image, 5, 40, 180, $media['title'], imagecolorallocate($image, 255, 255, 255));
    ob_start();
    imagepng($image);
    $upload = wp_upload_bits($media['file'], null, ob_get_clean());
    if ($upload['error']) fwrite(STDERR, "media: {$upload['error']}\n");
    $id = wp_insert_attachment(
        ['post_mime_type' => 'image/png', 'post_title' => $media['title'], 'post_status' => 'inherit'],
        $upload['file'],
    );
    wp_update_attachment_metadata($id, wp_generate_attachment_metadata($id, $upload['file']));
}

// The block editor's welcome guide is a modal over the editor on first use: seen already,
// so the tests (and this preference) start from the editor itself.
global $wpdb;
foreach ([$adminId, username_exists($editor['login'])] as $userId) {
    update_user_meta($userId, $wpdb->get_blog_prefix() . 'persisted_preferences', [
        'core/edit-post' => ['welcomeGuide' => false],
        '_modified' => gmdate('c'),
    ]);
}
echo 'WordPress ' . get_bloginfo('version') . " $lang $url " . get_option('WPLANG', 'en_US') . "\n";
